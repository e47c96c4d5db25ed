// Package strconv is tgo's strconv: conversions between strings and the
// basic types, with Go's results, error values and messages, and Go's
// allocation behaviour (the functions allocate exactly where Go's do: a
// formatted number costs its one string; parsing allocates only for the
// error it returns).
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// failure is why an internal conversion failed; the exported functions
// turn it into a *NumError.
type failure int

const (
	ok failure = iota
	failRange
	failSyntax
	failBase
	failBitSize
)

// numError builds the error of a failed conversion.  The input is copied,
// so that it does not escape into the error: converting a []byte to a
// string for a Parse call then needs no allocation (Go does the same).
func numError(fn, s string, base, bitSize int, f failure) *NumError {
	var err error
	switch f {
	case failRange:
		err = ErrRange
	case failSyntax:
		err = ErrSyntax
	case failBase:
		err = errors.New("invalid base " + Itoa(base))
	case failBitSize:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, cloneString(s), err}
}

func cloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return bytesToString(b)
}

// lower(c) is c's lower case if c is an ASCII letter: lower(c) == 'x'
// tests for 'x' or 'X'.  Other bytes map to other non-letters.
func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, f := parseUint(s, base, bitSize)
	if f != ok {
		return v, numError("ParseUint", s, base, bitSize, f)
	}
	return v, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size (0
// to 64) and returns the value.  A leading "+" or "-" is allowed.  Base 0
// takes the base from the prefix after the sign: "0b" 2, "0o" or "0" 8,
// "0x" 16, otherwise 10, and allows underscores as Go literals do.  Bit
// sizes 0, 8, 16, 32 and 64 stand for int, int8, int16, int32 and int64.
// Errors are *NumError: ErrSyntax (value 0) or ErrRange (the value of the
// right sign with the largest magnitude).
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, f := parseInt(s, base, bitSize)
	if f != ok {
		return v, numError("ParseInt", s, base, bitSize, f)
	}
	return v, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	v, f := atoi(s)
	if f != ok {
		return v, numError("Atoi", s, 0, 0, f)
	}
	return v, nil
}

func parseUint(s string, base int, bitSize int) (uint64, failure) {
	if s == "" {
		return 0, failSyntax
	}
	prefixed := base == 0
	whole := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, failBase
	}

	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, failBitSize
	}

	// limit is the smallest n for which n*base overflows 64 bits.
	limit := (1<<64-1)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1

	sawUnderscore := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var digit byte
		switch {
		case c == '_' && prefixed:
			sawUnderscore = true
			continue
		case '0' <= c && c <= '9':
			digit = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			digit = lower(c) - 'a' + 10
		default:
			return 0, failSyntax
		}
		if digit >= byte(base) {
			return 0, failSyntax
		}
		if n >= limit {
			return maxVal, failRange
		}
		n *= uint64(base)
		next := n + uint64(digit)
		if next < n || next > maxVal {
			return maxVal, failRange
		}
		n = next
	}
	if sawUnderscore && !underscoreOK(whole) {
		return 0, failSyntax
	}
	return n, ok
}

func parseInt(s string, base int, bitSize int) (int64, failure) {
	if s == "" {
		return 0, failSyntax
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s = s[1:]
		neg = true
	}
	u, f := parseUint(s, base, bitSize)
	if f != ok && f != failRange {
		return 0, f
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	edge := uint64(1) << uint(bitSize-1)
	if !neg && u >= edge {
		return int64(edge - 1), failRange
	}
	if neg && u > edge {
		return -int64(edge), failRange
	}
	v := int64(u)
	if neg {
		v = -v
	}
	return v, ok
}

func atoi(s string) (int, failure) {
	if n := len(s); 0 < n && n < 19 {
		// Short enough that no int overflows: convert directly.
		digits := s
		if s[0] == '-' || s[0] == '+' {
			digits = s[1:]
			if len(digits) == 0 {
				return 0, failSyntax
			}
		}
		v := 0
		for i := 0; i < len(digits); i++ {
			d := digits[i] - '0'
			if d > 9 {
				return 0, failSyntax
			}
			v = v*10 + int(d)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, ok
	}
	v, f := parseInt(s, 10, 0)
	return int(v), f
}

// underscoreOK reports whether the underscores in s (a number as accepted
// with base 0, perhaps signed and prefixed) stand only between digits, or
// between the base prefix and a digit.
func underscoreOK(s string) bool {
	// last is the class of the previous character: '^' start, '0' digit
	// or base prefix, '_' underscore, '!' anything else.
	last := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		last = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			last = '0'
			continue
		}
		if c == '_' {
			if last != '0' {
				return false
			}
			last = '_'
			continue
		}
		if last == '_' {
			return false
		}
		last = '!'
	}
	return last != '_'
}
