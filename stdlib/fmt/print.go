// Package fmt implements formatted I/O in the manner of C's printf: the
// Print, Sprint, Fprint and Append families with Go's verbs, flags,
// widths, precisions and argument indexes, Errorf, and the Stringer,
// GoStringer, Formatter and State interfaces.  Output and error texts are
// those of Go's fmt, byte for byte.
//
// tgo compiles this package from source like user code.  Values of
// arbitrary types are inspected with internal/reflectlite.  Printers are
// recycled through a sync.Pool, as in Go, so that a steady-state Sprintf
// allocates only its result and the first call after a collection
// allocates what the pool allocates in Go.
package fmt

import (
	"internal/reflectlite"
	"io"
	"os"
	"strconv"
	"sync"
	"unicode/utf8"
)

// Texts that appear in output.
const (
	commaSpace   = ", "
	nilAngle     = "<nil>"
	nilParen     = "(nil)"
	nilWord      = "nil"
	mapOpen      = "map["
	percentBang  = "%!"
	missingArg   = "(MISSING)"
	badIndex     = "(BADINDEX)"
	panicOpen    = "(PANIC="
	extraOpen    = "%!(EXTRA "
	badWidth     = "%!(BADWIDTH)"
	badPrec      = "%!(BADPREC)"
	noVerb       = "%!(NOVERB)"
	invalidValue = "<invalid reflect.Value>"
)

// State is what a Formatter gets: the destination of its output and the
// flags, width and precision of the directive being formatted.
type State interface {
	// Write appends b to the output.
	Write(b []byte) (n int, err error)
	// Width returns the width and whether one was given.
	Width() (wid int, ok bool)
	// Precision returns the precision and whether one was given.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag character c was given.
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves: Format is
// called for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by values with a natural string form, used by
// the verbs that accept a string (%v %s %q %x %X) and by Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that give their own %#v form.
type GoStringer interface {
	GoString() string
}

// FormatString rebuilds the directive a Formatter was called for, e.g.
// "%-08.3x": the flags of state, its width and precision, and verb.
func FormatString(state State, verb rune) string {
	var tmp [16]byte
	b := append(tmp[:0], '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// buffer is the output being built (a bytes.Buffer would pull in more).
type buffer []byte

func (b *buffer) write(p []byte) {
	*b = append(*b, p...)
}

func (b *buffer) writeString(s string) {
	*b = append(*b, s...)
}

func (b *buffer) writeByte(c byte) {
	*b = append(*b, c)
}

func (b *buffer) writeRune(r rune) {
	*b = utf8.AppendRune(*b, r)
}

// printer holds the state of one Print/Sprintf/... call.
type printer struct {
	buf buffer

	// the operand being printed, when it came as an interface value
	arg any
	// the operand being printed, when it came from inside another value
	value reflectlite.Value

	f fmter

	// reordered: the format used [n] argument indexes; goodArgNum: the
	// last index was valid
	reordered  bool
	goodArgNum bool
	// panicking: a String/Error/Format method panicked and the panic
	// value is being printed; erroring: a bad-verb text is being printed
	// (methods are not called then)
	panicking bool
	erroring  bool
	// wrapErrs: Errorf, where %w is allowed; wrappedErrs: the operands
	// %w named
	wrapErrs    bool
	wrappedErrs []int
}

// ppFree holds printers not in use (Go's ppFree).
var ppFree = sync.Pool{
	New: func() any { return new(printer) },
}

// newPrinter takes a printer from the pool.
func newPrinter() *printer {
	p := ppFree.Get().(*printer)
	p.panicking = false
	p.erroring = false
	p.wrapErrs = false
	p.f.init(&p.buf)
	return p
}

// free returns p to the pool, dropping an oversized buffer.
func (p *printer) free() {
	if cap(p.buf) > 64*1024 {
		p.buf = nil
	} else {
		p.buf = p.buf[:0]
	}
	if cap(p.wrappedErrs) > 8 {
		p.wrappedErrs = nil
	}
	p.arg = nil
	p.value = reflectlite.Value{}
	p.wrappedErrs = p.wrappedErrs[:0]
	ppFree.Put(p)
}

// Width, Precision, Flag, Write and WriteString make a printer a State.

func (p *printer) Width() (wid int, ok bool) {
	return p.f.wid, p.f.widPresent
}

func (p *printer) Precision() (prec int, ok bool) {
	return p.f.prec, p.f.precPresent
}

func (p *printer) Flag(b int) bool {
	switch b {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

func (p *printer) Write(b []byte) (ret int, err error) {
	p.buf.write(b)
	return len(b), nil
}

func (p *printer) WriteString(s string) (ret int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// ---- the Printf family ----

// Fprintf formats according to format and writes to w.  It returns the
// number of bytes written and any write error.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to format and returns the result.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendf formats according to format and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// ---- the Print family: default formats, a space between operands when
// neither is a string ----

// Fprint writes the operands to w in their default formats.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Print writes the operands to standard output in their default formats.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint returns the operands in their default formats.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	s := string(p.buf)
	p.free()
	return s
}

// Append appends the operands in their default formats to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// ---- the Println family: always a space between operands, and a final
// newline ----

// Fprintln writes the operands to w, separated by spaces, and a newline.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	n, err = w.Write(p.buf)
	p.free()
	return
}

// Println writes the operands to standard output, separated by spaces,
// and a newline.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln returns the operands separated by spaces, with a newline.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	s := string(p.buf)
	p.free()
	return s
}

// Appendln appends the operands, separated by spaces, and a newline to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	b = append(b, p.buf...)
	p.free()
	return b
}

// ---- operands ----

// fieldValue is field i of struct v, or what it holds when it is a
// non-nil interface.
func fieldValue(v reflectlite.Value, i int) reflectlite.Value {
	x := v.Field(i)
	if x.Kind() == reflectlite.Interface && !x.IsNil() {
		x = x.Elem()
	}
	return x
}

// tooLarge reports whether x is out of the range accepted for widths and
// precisions.
func tooLarge(x int) bool {
	const limit int = 1e6
	return x > limit || x < -limit
}

// parsenum reads the decimal number at s[start:end]: its value, whether
// there was one, and the index after it.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // absurdly long
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *printer) unknownType(v reflectlite.Value) {
	if !v.IsValid() {
		p.buf.writeString(nilAngle)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(v.Type().String())
	p.buf.writeByte('?')
}

// badVerb writes %!verb(type=value) for an operand the verb does not suit.
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBang)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	if p.arg != nil {
		p.buf.writeString(reflectlite.TypeOf(p.arg).String())
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	} else if p.value.IsValid() {
		p.buf.writeString(p.value.Type().String())
		p.buf.writeByte('=')
		p.printValue(p.value, 'v', 0)
	} else {
		p.buf.writeString(nilAngle)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.f.fmtBoolean(v)
	} else {
		p.badVerb(verb)
	}
}

// fmt0x64 writes v in hex, with a 0x prefix when leading0x is set.
func (p *printer) fmt0x64(v uint64, leading0x bool) {
	saved := p.f.sharp
	p.f.sharp = leading0x
	p.f.fmtInteger(v, 16, isUnsigned, 'v', lowerDigits)
	p.f.sharp = saved
}

func (p *printer) fmtInteger(v uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV && !signed {
			p.fmt0x64(v, true)
		} else {
			p.f.fmtInteger(v, 10, signed, verb, lowerDigits)
		}
	case 'd':
		p.f.fmtInteger(v, 10, signed, verb, lowerDigits)
	case 'b':
		p.f.fmtInteger(v, 2, signed, verb, lowerDigits)
	case 'o', 'O':
		p.f.fmtInteger(v, 8, signed, verb, lowerDigits)
	case 'x':
		p.f.fmtInteger(v, 16, signed, verb, lowerDigits)
	case 'X':
		p.f.fmtInteger(v, 16, signed, verb, upperDigits)
	case 'c':
		p.f.fmtC(v)
	case 'q':
		p.f.fmtQc(v)
	case 'U':
		p.f.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat picks strconv's verb and default precision for a float verb.
func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.f.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.f.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.f.fmtFloat(v, size, verb, 6)
	case 'F':
		p.f.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex writes (re+imi), the imaginary part always signed.
func (p *printer) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		savedPlus := p.f.plus
		p.buf.writeByte('(')
		p.fmtFloat(real(v), size/2, verb)
		p.f.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf.writeString("i)")
		p.f.plus = savedPlus
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.f.fmtQ(v)
		} else {
			p.f.fmtS(v)
		}
	case 's':
		p.f.fmtS(v)
	case 'x':
		p.f.fmtSx(v, lowerDigits)
	case 'X':
		p.f.fmtSx(v, upperDigits)
	case 'q':
		p.f.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats a []byte (or a byte array or slice of a named byte
// type, whose type is typeString).
func (p *printer) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.f.sharpV {
			p.buf.writeString(typeString)
			if v == nil {
				p.buf.writeString(nilParen)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpace)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.f.fmtInteger(uint64(c), 10, isUnsigned, verb, lowerDigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.f.fmtBs(v)
	case 'x':
		p.f.fmtBx(v, lowerDigits)
	case 'X':
		p.f.fmtBx(v, upperDigits)
	case 'q':
		p.f.fmtQ(string(v))
	default:
		p.printValue(reflectlite.ValueOf(v), verb, 0)
	}
}

// fmtPointer formats a pointer-like value (%p, or %v of a chan, func,
// unsafe.Pointer or nested pointer).
func (p *printer) fmtPointer(value reflectlite.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case reflectlite.Chan, reflectlite.Func, reflectlite.Map, reflectlite.Pointer,
		reflectlite.Slice, reflectlite.UnsafePointer:
		u = uintptr(value.UnsafePointer())
	default:
		p.badVerb(verb)
		return
	}

	switch verb {
	case 'v':
		if p.f.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(value.Type().String())
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilWord)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else if u == 0 {
			p.f.padString(nilAngle)
		} else {
			p.fmt0x64(uint64(u), !p.f.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), isUnsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic is deferred around calls of an operand's methods: a panic
// there prints as %!v(PANIC=String method: value), or as <nil> when the
// operand is a nil pointer (a value method called through it).
func (p *printer) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if v := reflectlite.ValueOf(arg); v.Kind() == reflectlite.Pointer && v.IsNil() {
			p.buf.writeString(nilAngle)
			return
		}
		if p.panicking {
			// printing the panic value panicked too: give up
			panic(err)
		}
		saved := p.f.flagSet
		p.f.clearflags()
		p.buf.writeString(percentBang)
		p.buf.writeRune(verb)
		p.buf.writeString(panicOpen)
		p.buf.writeString(method)
		p.buf.writeString(" method: ")
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf.writeByte(')')
		p.f.flagSet = saved
	}
}

// handleMethods formats p.arg with its Format, GoString, Error or String
// method when the verb calls for one, and reports whether it did.
func (p *printer) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return
	}
	if verb == 'w' {
		// %w is only for Errorf, and only for errors
		if _, ok := p.arg.(error); !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}

	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}

	if p.f.sharpV {
		if gs, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			// the GoString result is printed as it is
			p.f.fmtS(gs.GoString())
			return
		}
		return
	}

	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		// handled and the deferred catchPanic must be in place before the
		// method runs, hence one case per interface
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
			return
		}
	}
	return false
}

// printArg formats one operand.
func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = reflectlite.Value{}

	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.f.padString(nilAngle)
		} else {
			p.badVerb(verb)
		}
		return
	}

	// %T and %p look at the operand itself, never at its methods
	switch verb {
	case 'T':
		p.f.fmtS(reflectlite.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(reflectlite.ValueOf(arg), 'p')
		return
	}

	// the basic types, without reflection
	switch x := arg.(type) {
	case bool:
		p.fmtBool(x, verb)
	case float32:
		p.fmtFloat(float64(x), 32, verb)
	case float64:
		p.fmtFloat(x, 64, verb)
	case complex64:
		p.fmtComplex(complex128(x), 64, verb)
	case complex128:
		p.fmtComplex(x, 128, verb)
	case int:
		p.fmtInteger(uint64(x), isSigned, verb)
	case int8:
		p.fmtInteger(uint64(x), isSigned, verb)
	case int16:
		p.fmtInteger(uint64(x), isSigned, verb)
	case int32:
		p.fmtInteger(uint64(x), isSigned, verb)
	case int64:
		p.fmtInteger(uint64(x), isSigned, verb)
	case uint:
		p.fmtInteger(uint64(x), isUnsigned, verb)
	case uint8:
		p.fmtInteger(uint64(x), isUnsigned, verb)
	case uint16:
		p.fmtInteger(uint64(x), isUnsigned, verb)
	case uint32:
		p.fmtInteger(uint64(x), isUnsigned, verb)
	case uint64:
		p.fmtInteger(x, isUnsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(x), isUnsigned, verb)
	case string:
		p.fmtString(x, verb)
	case []byte:
		p.fmtBytes(x, verb, "[]byte")
	default:
		// other types may have methods; if not, reflection
		if !p.handleMethods(verb) {
			p.printValue(reflectlite.ValueOf(x), verb, 0)
		}
	}
}

// printValue formats a value found by reflection; depth is 0 for the
// operand itself.  %T and %p were handled by printArg.
func (p *printer) printValue(value reflectlite.Value, verb rune, depth int) {
	// nested values may have methods (the operand's were tried already)
	if depth > 0 && value.IsValid() && value.CanInterface() {
		p.arg = value.Interface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = value

	f := value
	switch value.Kind() {
	case reflectlite.Invalid:
		if depth == 0 {
			p.buf.writeString(invalidValue)
		} else if verb == 'v' {
			p.buf.writeString(nilAngle)
		} else {
			p.badVerb(verb)
		}
	case reflectlite.Bool:
		p.fmtBool(f.Bool(), verb)
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		p.fmtInteger(uint64(f.Int()), isSigned, verb)
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32,
		reflectlite.Uint64, reflectlite.Uintptr:
		p.fmtInteger(f.Uint(), isUnsigned, verb)
	case reflectlite.Float32:
		p.fmtFloat(f.Float(), 32, verb)
	case reflectlite.Float64:
		p.fmtFloat(f.Float(), 64, verb)
	case reflectlite.Complex64:
		p.fmtComplex(f.Complex(), 64, verb)
	case reflectlite.Complex128:
		p.fmtComplex(f.Complex(), 128, verb)
	case reflectlite.String:
		p.fmtString(f.String(), verb)
	case reflectlite.Map:
		p.printMap(f, verb, depth)
	case reflectlite.Struct:
		p.printStruct(f, verb, depth)
	case reflectlite.Interface:
		inner := f.Elem()
		if inner.IsValid() {
			p.printValue(inner, verb, depth+1)
		} else if p.f.sharpV {
			p.buf.writeString(f.Type().String())
			p.buf.writeString(nilParen)
		} else {
			p.buf.writeString(nilAngle)
		}
	case reflectlite.Array, reflectlite.Slice:
		p.printList(f, verb, depth)
	case reflectlite.Pointer:
		// &{...} for a pointer to a composite, but only at the top, so
		// that cycles cannot recurse forever
		if depth == 0 && f.UnsafePointer() != nil {
			switch e := f.Elem(); e.Kind() {
			case reflectlite.Array, reflectlite.Slice, reflectlite.Struct, reflectlite.Map:
				p.buf.writeByte('&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case reflectlite.Chan, reflectlite.Func, reflectlite.UnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// printMap writes map[k:v k:v], or T{k:v, k:v} for %#v, keys sorted.
func (p *printer) printMap(f reflectlite.Value, verb rune, depth int) {
	if p.f.sharpV {
		p.buf.writeString(f.Type().String())
		if f.IsNil() {
			p.buf.writeString(nilParen)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapOpen)
	}
	entries := sortedMap(f)
	for i := range entries {
		if i > 0 {
			if p.f.sharpV {
				p.buf.writeString(commaSpace)
			} else {
				p.buf.writeByte(' ')
			}
		}
		p.printValue(entries[i].key, verb, depth+1)
		p.buf.writeByte(':')
		p.printValue(entries[i].value, verb, depth+1)
	}
	if p.f.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

// printStruct writes {1 2}, {A:1 B:2} for %+v, or T{A:1, B:2} for %#v.
func (p *printer) printStruct(f reflectlite.Value, verb rune, depth int) {
	if p.f.sharpV {
		p.buf.writeString(f.Type().String())
	}
	p.buf.writeByte('{')
	n := f.NumField()
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.f.sharpV {
				p.buf.writeString(commaSpace)
			} else {
				p.buf.writeByte(' ')
			}
		}
		if p.f.plusV || p.f.sharpV {
			if name := f.Type().Field(i).Name; name != "" {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
		}
		p.printValue(fieldValue(f, i), verb, depth+1)
	}
	p.buf.writeByte('}')
}

// printList writes an array or slice: [a b], or T{a, b} for %#v; byte
// arrays and slices print as strings or hex for %s %q %x %X.
func (p *printer) printList(f reflectlite.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		t := f.Type()
		if t.Elem().Kind() == reflectlite.Uint8 {
			var bytes []byte
			if f.Kind() == reflectlite.Slice || f.CanAddr() {
				bytes = f.Bytes()
			} else {
				// an array that is not addressable: copy it out
				bytes = make([]byte, f.Len())
				for i := range bytes {
					bytes[i] = byte(f.Index(i).Uint())
				}
			}
			p.fmtBytes(bytes, verb, t.String())
			return
		}
	}
	if p.f.sharpV {
		p.buf.writeString(f.Type().String())
		if f.Kind() == reflectlite.Slice && f.IsNil() {
			p.buf.writeString(nilParen)
			return
		}
		p.buf.writeByte('{')
		for i := 0; i < f.Len(); i++ {
			if i > 0 {
				p.buf.writeString(commaSpace)
			}
			p.printValue(f.Index(i), verb, depth+1)
		}
		p.buf.writeByte('}')
		return
	}
	p.buf.writeByte('[')
	for i := 0; i < f.Len(); i++ {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		p.printValue(f.Index(i), verb, depth+1)
	}
	p.buf.writeByte(']')
}

// intFromArg reads a[argNum] as a * width or precision: the value, whether
// it was an integer in range, and the next argument index.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum >= len(a) {
		return
	}
	num, isInt = a[argNum].(int)
	if !isInt {
		// other integer types, named ones included
		switch v := reflectlite.ValueOf(a[argNum]); v.Kind() {
		case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
			n := v.Int()
			if int64(int(n)) == n {
				num = int(n)
				isInt = true
			}
		case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32,
			reflectlite.Uint64, reflectlite.Uintptr:
			n := v.Uint()
			if int64(n) >= 0 && uint64(int(n)) == n {
				num = int(n)
				isInt = true
			}
		}
	}
	newArgNum = argNum + 1
	if tooLarge(num) {
		num = 0
		isInt = false
	}
	return
}

// parseArgNumber reads "[n]" at the start of format: n-1, the length of
// the bracketed text (1 when there is no closing bracket), and whether it
// held a number.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			n, isnum, end := parsenum(format, 1, i)
			if !isnum || end != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber handles an argument index at format[i], if any: it returns the
// argument to use next, the index in format after it, and whether an
// index was found.
func (p *printer) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *printer) badArgNum(verb rune) {
	p.buf.writeString(percentBang)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndex)
}

func (p *printer) missingArg(verb rune) {
	p.buf.writeString(percentBang)
	p.buf.writeRune(verb)
	p.buf.writeString(missingArg)
}

// setVerbV turns the '#' and '+' flags of a %v (or %w) into %#v and %+v.
func (p *printer) setVerbV() {
	p.f.sharpV = p.f.sharp
	p.f.sharp = false
	p.f.plusV = p.f.plus
	p.f.plus = false
}

// doPrintf interprets format, printing the operands a.
func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the previous element was an index like [3]
	p.reordered = false
nextDirective:
	for i := 0; i < end; {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf.writeString(format[start:i])
		}
		if i >= end {
			break
		}
		i++ // the '%'

		p.f.clearflags()
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.f.sharp = true
			case '0':
				p.f.zero = true
			case '+':
				p.f.plus = true
			case '-':
				p.f.minus = true
			case ' ':
				p.f.space = true
			default:
				// the common case: flags then a lower-case ASCII verb
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'w' {
						p.wrappedErrs = append(p.wrappedErrs, argNum)
					}
					if c == 'v' || c == 'w' {
						p.setVerbV()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue nextDirective
				}
				break flags
			}
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// width: * or a number
		if i < end && format[i] == '*' {
			i++
			p.f.wid, p.f.widPresent, argNum = intFromArg(a, argNum)
			if !p.f.widPresent {
				p.buf.writeString(badWidth)
			}
			// a negative width means '-'
			if p.f.wid < 0 {
				p.f.wid = -p.f.wid
				p.f.minus = true
				p.f.zero = false
			}
			afterIndex = false
		} else {
			p.f.wid, p.f.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.f.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// precision: '.' then * or a number (none means 0)
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.f.prec, p.f.precPresent, argNum = intFromArg(a, argNum)
				if p.f.prec < 0 {
					p.f.prec = 0
					p.f.precPresent = false
				}
				if !p.f.precPresent {
					p.buf.writeString(badPrec)
				}
				afterIndex = false
			} else {
				p.f.prec, p.f.precPresent, i = parsenum(format, i, end)
				if !p.f.precPresent {
					p.f.prec = 0
					p.f.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerb)
			break
		}

		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size

		switch {
		case verb == '%':
			// a literal percent takes no operand and ignores width and
			// precision
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'w' {
				p.wrappedErrs = append(p.wrappedErrs, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.setVerbV()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over are reported, unless indexes were used (then
	// skipping some is allowed).
	if !p.reordered && argNum < len(a) {
		p.f.clearflags()
		p.buf.writeString(extraOpen)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpace)
			}
			if arg == nil {
				p.buf.writeString(nilAngle)
			} else {
				p.buf.writeString(reflectlite.TypeOf(arg).String())
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

// doPrint prints the operands, with a space between two operands when
// neither is a string.
func (p *printer) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && reflectlite.TypeOf(arg).Kind() == reflectlite.String
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln prints the operands separated by spaces, then a newline.
func (p *printer) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}
