#!/bin/sh
# golden-const.sh — regenerate the constant-arithmetic goldens from real Go.
#
#   sh scripts/golden-const.sh          rewrite testdata/const/golden.txt
#   sh scripts/golden-const.sh --check  regenerate into a temp file and fail
#                                       (exit 1) if the committed golden or
#                                       const.c's Unicode table drifted
#
# Input: testdata/const/cases.txt, one constant expression per line (untyped,
# or typed through conversions such as uint8(200)); after a "#!values-only"
# line the cases get no assign/conv lines.
# For each case a Go file gets the lines
#     const _ = EXPR          var _ T = EXPR          var _ = T(EXPR)
# for the twelve numeric types T.  Messages come from gc itself
# (`go tool compile -e`, so that nothing is cut off after ten errors; syntax
# errors in a first pass, type errors in a second); values come from
# go/types and go/constant, which is what gc's type checker uses.  Each case
# becomes a block of golden.txt:
#     case EXPR
#     err MSG                      gc rejects `const _ = EXPR`, or:
#     type untyped int             the constant's type
#     str S / exact S              go/constant's String / ExactString
#     f64 BITS exact|inexact       Float64Val (real part of a complex)
#     f32 BITS exact|inexact       Float32Val, as float64 bits
#     int S | int -                ToInt
#     assign T ok EXACT | assign T err MSG     (untyped numeric cases)
#     conv T ok EXACT | conv T err MSG         (numeric cases)
#     end
# compiler/tests/const_test.c replays every case through const.c.
#
# It also checks the strconv.IsPrint range table at the end of
# compiler/const.c against Go's (prints the right table if it drifted).

ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"

if ! command -v go >/dev/null 2>&1; then
	echo "golden-const.sh: go is not on PATH; goldens come from real Go only" >&2
	exit 1
fi
lib_go_env

W=$(mktemp -d) || exit 1
trap 'rm -rf "$W"' EXIT
mkdir -p "$W/gen"
cat > "$W/gen/main.go" <<'EOF'
// Generator for testdata/const/golden.txt (see scripts/golden-const.sh).
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var targets = []string{"int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
	"float32", "float64", "complex64", "complex128"}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "golden-const: "+format+"\n", args...)
	os.Exit(1)
}

var errLine = regexp.MustCompile(`^[^:]*\.go:(\d+):(\d+): (.*)$`)

// gcErrors compiles src with gc and returns the first message per line.
func gcErrors(dir, src string) map[int]string {
	f := filepath.Join(dir, "x.go")
	if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
		fail("%v", err)
	}
	cmd := exec.Command("go", "tool", "compile", "-e", "-p", "p", "-o", filepath.Join(dir, "x.o"), "x.go")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	type msg struct {
		col int
		text string
	}
	all := map[int][]msg{}
	for _, l := range strings.Split(string(out), "\n") {
		m := errLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		all[line] = append(all[line], msg{col, m[3]})
	}
	res := map[int]string{}
	for line, ms := range all {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].col < ms[j].col })
		res[line] = ms[0].text
	}
	return res
}

func bits64(v constant.Value) string {
	if v.Kind() == constant.Complex {
		v = constant.Real(v)
	}
	f, exact := constant.Float64Val(v)
	return fmt.Sprintf("%016x %s", math.Float64bits(f), exactWord(exact))
}

func bits32(v constant.Value) string {
	if v.Kind() == constant.Complex {
		v = constant.Real(v)
	}
	f, exact := constant.Float32Val(v)
	return fmt.Sprintf("%016x %s", math.Float64bits(float64(f)), exactWord(exact))
}

func exactWord(b bool) string {
	if b {
		return "exact"
	}
	return "inexact"
}

type line struct {
	ci     int    // case index
	what   string // const, assign, conv
	target string
}

func main() {
	in, out, tmp := os.Args[1], os.Args[2], os.Args[3]
	data, err := os.ReadFile(in)
	if err != nil {
		fail("%v", err)
	}
	var cases []string
	valuesOnly := map[int]bool{} // after a "#!values-only" line
	only := false
	for _, l := range strings.Split(string(data), "\n") {
		if l == "#!values-only" {
			only = true
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		valuesOnly[len(cases)] = only
		cases = append(cases, l)
	}

	// Pass 1: syntax errors (the scanner's literal messages).
	var b strings.Builder
	b.WriteString("package p\n\n")
	for _, c := range cases {
		fmt.Fprintf(&b, "const _ = %s\n", c)
	}
	syntaxErrs := gcErrors(tmp, b.String())
	caseErr := map[int]string{}
	for i := range cases {
		if m, ok := syntaxErrs[i+3]; ok {
			caseErr[i] = m
		}
	}

	// Pass 2: type errors and values.
	b.Reset()
	b.WriteString("package p\n\n")
	lines := map[int]line{}
	n := 3
	for i, c := range cases {
		if _, bad := caseErr[i]; bad {
			continue
		}
		fmt.Fprintf(&b, "const _ = %s\n", c)
		lines[n] = line{i, "const", ""}
		n++
		for _, t := range targets {
			fmt.Fprintf(&b, "var _ %s = %s\n", t, c)
			lines[n] = line{i, "assign", t}
			n++
			fmt.Fprintf(&b, "var _ = %s(%s)\n", t, c)
			lines[n] = line{i, "conv", t}
			n++
		}
	}
	src := b.String()
	typeErrs := gcErrors(tmp, src)

	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		fail("go/parser: %v", err)
	}
	conf := types.Config{Error: func(error) {}}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf.Check("p", fset, []*ast.File{file}, info)

	type result struct {
		head    []string
		assigns []string
		convs   []string
	}
	res := make([]result, len(cases))
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, sp := range gd.Specs {
			vs := sp.(*ast.ValueSpec)
			ln := fset.Position(vs.Pos()).Line
			l, ok := lines[ln]
			if !ok {
				fail("no case for line %d", ln)
			}
			e := vs.Values[0]
			tv := info.Types[e]
			msg, hasErr := typeErrs[ln]
			r := &res[l.ci]
			switch l.what {
			case "const":
				if got := types.ExprString(e); got != cases[l.ci] {
					fail("case %q is not in go/types' canonical form %q", cases[l.ci], got)
				}
				if hasErr {
					caseErr[l.ci] = msg
					continue
				}
				v := tv.Value
				if v == nil || v.Kind() == constant.Unknown {
					fail("case %q: gc accepts it but go/types has no value", cases[l.ci])
				}
				r.head = append(r.head, "type "+tv.Type.String(), "str "+v.String(), "exact "+v.ExactString())
				if k := v.Kind(); k == constant.Int || k == constant.Float || k == constant.Complex {
					r.head = append(r.head, "f64 "+bits64(v), "f32 "+bits32(v))
					iv := constant.ToInt(v)
					if iv.Kind() == constant.Int {
						r.head = append(r.head, "int "+iv.ExactString())
					} else {
						r.head = append(r.head, "int -")
					}
				}
			case "assign", "conv":
				if _, bad := caseErr[l.ci]; bad {
					continue
				}
				var s string
				if hasErr {
					s = fmt.Sprintf("%s %s err %s", l.what, l.target, msg)
				} else {
					if l.what == "conv" {
						tv = info.Types[e]
					}
					if tv.Value == nil {
						fail("case %q: %s to %s accepted by gc, no value from go/types", cases[l.ci], l.what, l.target)
					}
					s = fmt.Sprintf("%s %s ok %s", l.what, l.target, tv.Value.ExactString())
				}
				if l.what == "assign" {
					r.assigns = append(r.assigns, s)
				} else {
					r.convs = append(r.convs, s)
				}
			}
		}
	}

	w := bufio.NewWriter(os.Stdout)
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			fail("%v", err)
		}
		defer f.Close()
		w = bufio.NewWriter(f)
	}
	fmt.Fprintf(w, "# Generated by scripts/golden-const.sh from testdata/const/cases.txt; do not edit.\n")
	for i, c := range cases {
		fmt.Fprintf(w, "case %s\n", c)
		if m, bad := caseErr[i]; bad {
			fmt.Fprintf(w, "err %s\n", m)
		} else {
			r := res[i]
			if len(r.head) == 0 {
				fail("case %q: no result", c)
			}
			// String and bool constants: conversions to numeric types are
			// all errors; keep them out.  Typed constants: assignments to
			// other types are type errors, not constant arithmetic.
			typ := strings.TrimPrefix(r.head[0], "type ")
			untyped := strings.HasPrefix(typ, "untyped ")
			numeric := typ != "untyped string" && typ != "untyped bool"
			for _, s := range r.head {
				fmt.Fprintln(w, s)
			}
			if valuesOnly[i] {
				numeric = false
			}
			if numeric && untyped {
				for _, s := range r.assigns {
					fmt.Fprintln(w, s)
				}
			}
			if numeric {
				for _, s := range r.convs {
					fmt.Fprintln(w, s)
				}
			}
		}
		fmt.Fprintln(w, "end")
	}
	w.Flush()
}
EOF
cat > "$W/gen/isprint.go" <<'EOF'
//go:build ignore

// Prints the ranges [lo, hi] of runes >= 0x80 for which strconv.IsPrint
// holds, formatted as the C table at the end of compiler/const.c.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var ranges []string
	in, start := false, 0
	for r := 0x80; r <= 0x110000; r++ {
		p := r < 0x110000 && strconv.IsPrint(rune(r))
		if p && !in {
			start, in = r, true
		} else if !p && in {
			in = false
			ranges = append(ranges, fmt.Sprintf("0x%x,0x%x", start, r-1))
		}
	}
	line := "\t"
	for _, s := range ranges {
		if len(line)+len(s)+2 > 96 {
			fmt.Println(strings.TrimRight(line, " "))
			line = "\t"
		}
		line += s + ", "
	}
	fmt.Println(strings.TrimRight(line, " "))
}
EOF
(cd "$W/gen" && cat > go.mod <<'EOF'
module goldenconst

go 1.26
EOF
)

st=0
echo "const goldens from $(go version)"
if ! (cd "$W/gen" && go run main.go "$ROOT/testdata/const/cases.txt" "$W/golden.txt" "$W"); then
	echo "golden-const.sh: generator failed" >&2
	exit 1
fi
G=$ROOT/testdata/const/golden.txt
if [ "$1" = --check ]; then
	if ! cmp -s "$W/golden.txt" "$G"; then
		echo "golden-const.sh: testdata/const/golden.txt drifted from real Go:" >&2
		diff "$G" "$W/golden.txt" | head -40 >&2
		st=1
	fi
elif ! cmp -s "$W/golden.txt" "$G"; then
	cp "$W/golden.txt" "$G" && echo "updated testdata/const/golden.txt"
fi

# The Unicode table in const.c.
(cd "$W/gen" && go run isprint.go) > "$W/isprint.txt" || exit 1
sed -n '/^static const uint32_t isprint_ranges\[\] = {$/,/^};$/p' "$ROOT/compiler/const.c" | sed '1d;$d' > "$W/isprint.have"
if ! cmp -s "$W/isprint.txt" "$W/isprint.have"; then
	echo "golden-const.sh: the isprint_ranges table in compiler/const.c differs from Go's strconv.IsPrint;" >&2
	echo "replace its body with:" >&2
	cat "$W/isprint.txt" >&2
	st=1
fi
[ $st -eq 0 ] && echo "const goldens are up to date"
exit $st
