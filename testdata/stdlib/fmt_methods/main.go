// fmt_methods: String, Error, GoString and Format methods — on values and
// through pointer receivers, at the top and nested in structs, slices and
// maps, in unexported fields (not called), panicking (with Go's
// %!v(PANIC=String method: ...) texts and <nil> for nil receivers) — and
// Errorf with %w (Unwrap, errors.Is/As, several %w).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Val int

func (v Val) String() string { return fmt.Sprintf("Val(%d)", int(v)) }

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.n) }

type Both struct{ s string }

func (b Both) String() string { return "string:" + b.s }
func (b Both) Error() string  { return "error:" + b.s }

type GoS struct{ A int }

func (g GoS) GoString() string { return "GoS!" }
func (g GoS) String() string   { return "GoS-string" }

type Fmtr struct{ x int }

func (f Fmtr) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c w=%d,%v p=%d,%v flags=", verb, w, wok, p, pok)
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, "%c", c)
		}
	}
	io.WriteString(s, "] ")
	io.WriteString(s, fmt.FormatString(s, verb))
}

type Panicky struct{ msg any }

func (p Panicky) String() string { panic(p.msg) }

type NilPanicky struct{ n int }

func (p *NilPanicky) String() string { return fmt.Sprint(p.n) }

type ErrPanicky struct{}

func (ErrPanicky) Error() string { panic(errors.New("inner error")) }

type GoPanicky struct{}

func (GoPanicky) GoString() string { panic("gostring panic") }

type FmtPanicky struct{}

func (FmtPanicky) Format(fmt.State, rune) { panic(42) }

type Holder struct {
	V   Val
	P   *PtrS
	PV  PtrS
	B   Both
	G   GoS
	F   Fmtr
	I   fmt.Stringer
	E   error
	v   Val
	Any any
}

// Which nested Stringers fmt may call: exported fields, also those
// promoted from an unexported embedded struct, but nothing reached through
// an unexported field.
type inner2 struct{ V Val }

type Access struct {
	inner2
	hidden Val
	x      struct{ V Val }
	y      any
	Z      any
	ptrs   []*PtrS
	Ptrs   []*PtrS
	*inner3
}

type inner3 struct{ W Val }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

type ValErr struct{ s string }

func (e ValErr) Error() string { return e.s }

var formats = []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%10v|", "%-10s|", "%.3s", "%T"}

func show(label string, v any) {
	for _, f := range formats {
		fmt.Printf("%s %s: %s\n", label, f, hideAddrs(fmt.Sprintf(f, v)))
	}
}

// hideAddrs replaces what looks like a heap address (8 or more hex digits,
// or 11 or more decimal digits) by "ADDR", so that outputs compare.
func hideAddrs(s string) string {
	isHex := func(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
	isDec := func(c byte) bool { return '0' <= c && c <= '9' }
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isHex(s[j]) {
			j++
		}
		k := i
		for k < len(s) && isDec(s[k]) {
			k++
		}
		if j-i >= 8 && (i == 0 || !isHex(s[i-1])) {
			hasDigit := false
			for _, c := range []byte(s[i:j]) {
				if isDec(c) {
					hasDigit = true
				}
			}
			if hasDigit && (k-i >= 11 || j > k) {
				out = append(out, "ADDR"...)
				i = j
				continue
			}
		}
		if j == i {
			j = i + 1
		}
		out = append(out, s[i:j]...)
		i = j
	}
	return string(out)
}

func main() {
	show("val", Val(3))
	show("valptr", func() *Val { v := Val(4); return &v }())
	show("ptrs-value", PtrS{5})
	show("ptrs-ptr", &PtrS{6})
	show("both", Both{"b"})
	show("gos", GoS{1})
	show("fmtr", Fmtr{1})
	show("vals", []Val{1, 2})
	show("valmap", map[Val]Val{2: 20, 1: 10})
	show("ptrsslice", []*PtrS{{7}, {8}})
	show("holder", Holder{V: 1, P: &PtrS{2}, PV: PtrS{3}, B: Both{"x"}, G: GoS{4}, F: Fmtr{5},
		I: Val(6), E: ValErr{"ve"}, v: 7, Any: Val(8)})
	show("holderptr", &Holder{I: nil, E: nil})
	show("panic-str", Panicky{"oops"})
	show("panic-err", Panicky{errors.New("an error")})
	show("panic-int", Panicky{17})
	show("panic-nil-receiver", (*NilPanicky)(nil))
	show("panic-nested", []any{Panicky{"in slice"}})
	show("panic-error", ErrPanicky{})
	show("panic-gostring", GoPanicky{})
	show("panic-format", FmtPanicky{})
	show("access", Access{inner2{1}, 2, struct{ V Val }{3}, Val(4), Val(5), []*PtrS{{6}}, []*PtrS{{7}}, &inner3{8}})
	show("accessptr", &Access{inner2{1}, 2, struct{ V Val }{3}, Val(4), Val(5), nil, nil, nil})
	show("nil-stringer-in-struct", struct{ S fmt.Stringer }{(*PtrS)(nil)})

	// Formatter with every kind of directive
	for _, f := range []string{"%v", "%+v", "%#v", "%x", "%-8.3d", "%+#0 9.2q", "%[1]*[2]d", "%.*s", "%w"} {
		fmt.Printf("%s => %s\n", f, fmt.Sprintf(f, Fmtr{1}, 7))
	}

	// Errorf
	base := errors.New("base")
	e1 := fmt.Errorf("wrapped: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	fmt.Printf("%T %v\n", e1, e1)
	e2 := fmt.Errorf("two: %w and %w", base, io.EOF)
	fmt.Println(e2, errors.Unwrap(e2) == nil, errors.Is(e2, io.EOF), errors.Is(e2, base))
	if u, ok := e2.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap())
	}
	e3 := fmt.Errorf("reordered %[2]w %[1]w %[2]w", base, io.EOF)
	if u, ok := e3.(interface{ Unwrap() []error }); ok {
		fmt.Println(e3, len(u.Unwrap()), u.Unwrap()[0] == base)
	}
	e4 := fmt.Errorf("not error: %w", 5)
	fmt.Println(e4, errors.Unwrap(e4))
	e5 := fmt.Errorf("no verbs")
	fmt.Printf("%v %T\n", e5, e5)
	e6 := fmt.Errorf("percent %% only")
	fmt.Printf("%v %T\n", e6, e6)
	e7 := fmt.Errorf("nil: %w", nil)
	fmt.Printf("%v %v\n", e7, errors.Unwrap(e7))
	var me *myErr
	e8 := fmt.Errorf("ctx: %w", &myErr{3})
	fmt.Println(errors.As(e8, &me), me.code, e8)
	e9 := fmt.Errorf("%w", ValErr{"v"})
	var ve ValErr
	fmt.Println(errors.As(e9, &ve), ve.s)
	fmt.Println(fmt.Sprintf("%w", base))
	fmt.Println(fmt.Sprintf("%v %w", 1, base))
	fmt.Printf("%w\n", 5)
	fmt.Fprintf(os.Stdout, "%+w|%#w|%10w\n", base, base, base)
	e10 := fmt.Errorf("%+w|%#w|%10w|%s", base, base, base, base)
	fmt.Println(e10)
	e11 := fmt.Errorf("%d %w", 1, base)
	fmt.Println(e11)
	fmt.Println(fmt.Errorf("%v", nil), fmt.Errorf("x %d"), fmt.Errorf("%!"))
}
