// format.go — the low-level formatting of one operand: padding to a width,
// integers in any base with precision and flags, floats through strconv,
// strings, quoted strings and characters, hexadecimal dumps.  The printer
// (print.go) decides which of these an operand gets.

package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerDigits = "0123456789abcdefx"
	upperDigits = "0123456789ABCDEFX"
)

const (
	isSigned   = true
	isUnsigned = false
)

// flagSet is the part of a directive's state that is reset between
// directives.  plusV and sharpV record %+v and %#v, which are verbs in
// their own right: when they are set, plus and sharp are cleared.
type flagSet struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool
}

// fmter writes formatted operands into the printer's buffer.
type fmter struct {
	buf *buffer

	flagSet

	wid  int
	prec int

	// scratch space for numbers: %b of a 64-bit value with sign and
	// prefix fits, as does a quoted rune or a formatted float most of
	// the time.
	intbuf [68]byte
}

func (f *fmter) clearflags() {
	f.flagSet = flagSet{}
	f.wid = 0
	f.prec = 0
}

func (f *fmter) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding appends n padding bytes: zeros when zero-padding applies
// (only on the left), spaces otherwise.
func (f *fmter) writePadding(n int) {
	if n <= 0 {
		return
	}
	b := *f.buf
	start := len(b)
	end := start + n
	if end > cap(b) {
		nb := make(buffer, cap(b)*2+n)
		copy(nb, b)
		b = nb
	}
	c := byte(' ')
	if f.zero && !f.minus {
		c = '0'
	}
	pad := b[start:end]
	for i := range pad {
		pad[i] = c
	}
	*f.buf = b[:end]
}

// pad appends b, padded to the width on the left or (with '-') the right;
// the width counts runes.
func (f *fmter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	n := f.wid - utf8.RuneCount(b)
	if f.minus {
		f.buf.write(b)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.write(b)
	}
}

// padString is pad for a string.
func (f *fmter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	n := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(n)
	} else {
		f.writePadding(n)
		f.buf.writeString(s)
	}
}

func (f *fmter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats u as U+0078, or with '#' as U+0078 'x' when the
// character is printable.  The precision is the minimum number of hex
// digits (at least 4).
func (f *fmter) fmtUnicode(u uint64) {
	b := f.intbuf[0:]
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		need := 2 + prec + 2 + utf8.UTFMax + 1
		if need > len(b) {
			b = make([]byte, need)
		}
	}
	// fill from the end
	i := len(b)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		b[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(b[i:], rune(u))
		i--
		b[i] = '\''
		i--
		b[i] = ' '
	}
	for u >= 16 {
		i--
		b[i] = upperDigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	b[i] = upperDigits[u]
	prec--
	for prec > 0 {
		i--
		b[i] = '0'
		prec--
	}
	i -= 2
	b[i] = 'U'
	b[i+1] = '+'

	saved := f.zero
	f.zero = false
	f.pad(b[i:])
	f.zero = saved
}

// fmtInteger formats u (a signed value if signed is set) in the given base
// with digits from the given table ("...x" or "...X" supplies the letter of
// the 0x prefix).
func (f *fmter) fmtInteger(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}

	b := f.intbuf[0:]
	if f.widPresent || f.precPresent {
		// room for the digits plus a sign and a two-byte prefix
		need := 3 + f.wid + f.prec
		if need > len(b) {
			b = make([]byte, need)
		}
	}

	// Leading zeros come from the precision, or else from '0' with a
	// width (then the sign takes one of the positions).  With both, '0'
	// is ignored and the padding is spaces.
	minDigits := 0
	if f.precPresent {
		minDigits = f.prec
		if minDigits == 0 && u == 0 {
			// %.0d of zero prints nothing, but still pads
			saved := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = saved
			return
		}
	} else if f.zero && !f.minus && f.widPresent {
		minDigits = f.wid
		if neg || f.plus || f.space {
			minDigits--
		}
	}

	i := len(b)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			b[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			b[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			b[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			b[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	b[i] = digits[u]
	for i > 0 && minDigits > len(b)-i {
		i--
		b[i] = '0'
	}

	if f.sharp {
		switch base {
		case 2:
			i -= 2
			b[i] = '0'
			b[i+1] = 'b'
		case 8:
			if b[i] != '0' {
				i--
				b[i] = '0'
			}
		case 16:
			i -= 2
			b[i] = '0'
			b[i+1] = digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		b[i] = '0'
		b[i+1] = 'o'
	}

	switch {
	case neg:
		i--
		b[i] = '-'
	case f.plus:
		i--
		b[i] = '+'
	case f.space:
		i--
		b[i] = ' '
	}

	// zero padding, if any, is already in the digits
	saved := f.zero
	f.zero = false
	f.pad(b[i:])
	f.zero = saved
}

// truncateString cuts s to the precision, counted in runes.
func (f *fmter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (f *fmter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			if n == 0 {
				return b[:i]
			}
			n--
			_, w := utf8.DecodeRune(b[i:])
			i += w
		}
	}
	return b
}

func (f *fmter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *fmter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx writes the bytes of s, or of b when b is not nil, as hex: with
// ' ' separated per byte, with '#' prefixed by 0x (per byte when both).
// The precision limits the number of input bytes.
func (f *fmter) fmtSbx(s string, b []byte, digits string) {
	n := len(b)
	if b == nil {
		n = len(s)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	width := 2 * n
	if width <= 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	out := *f.buf
	if f.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.space && i > 0 {
			out = append(out, ' ')
			if f.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	*f.buf = out
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *fmter) fmtSx(s, digits string) {
	f.fmtSbx(s, nil, digits)
}

func (f *fmter) fmtBx(b []byte, digits string) {
	f.fmtSbx("", b, digits)
}

// fmtQ writes s as a double-quoted Go string literal (ASCII-only with
// '+'), or, with '#', as a raw string literal when s allows it.
func (f *fmter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	b := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(b, s))
	} else {
		f.pad(strconv.AppendQuote(b, s))
	}
}

// fmtC writes the character c; values beyond Unicode print U+FFFD.
func (f *fmter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(f.intbuf[:0], r))
}

// fmtQc writes c as a single-quoted Go character literal.
func (f *fmter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	b := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(b, r))
	} else {
		f.pad(strconv.AppendQuoteRune(b, r))
	}
}

// fmtFloat formats v (of the given bit size) with strconv's verb and
// precision prec (-1: shortest), unless the directive gives a precision.
func (f *fmter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is reserved for a sign
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// Inf and NaN are never zero-padded; NaN gets a sign only if asked
	if num[1] == 'I' || num[1] == 'N' {
		saved := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = saved
		return
	}
	// '#': always a decimal point, and for %g-like verbs the trailing
	// zeros up to the precision
	if f.sharp && verb != 'b' {
		want := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			want = prec
			if want == -1 {
				want = 6
			}
		}
		// the exponent, set aside while digits are added
		var expBuf [6]byte
		exp := expBuf[:0]
		dot := false
		nonzero := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				dot = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				exp = append(exp, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				nonzero = true
			}
			if nonzero {
				want--
			}
		}
		if !dot {
			// a lone 0 counts as one digit
			if len(num) == 2 && num[1] == '0' {
				want--
			}
			num = append(num, '.')
		}
		for want > 0 {
			num = append(num, '0')
			want--
		}
		num = append(num, exp...)
	}
	if f.plus || num[0] != '+' {
		// sign first, then zero padding, then the digits
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
