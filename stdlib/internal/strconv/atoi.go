// Package strconv (internal/strconv) does the conversions of package
// strconv: between strings and integers, floats, booleans and complex
// numbers.  It reports failures as Error values; strconv turns them into
// *NumError.  (The split is Go 1.26's, and keeps the inlining of the
// exported functions, and so gc's -m output for calls of them, the same.)
package strconv

// Error is the reason a conversion failed.
type Error int

const (
	_ Error = iota
	ErrRange
	ErrSyntax
	ErrBase
	ErrBitSize
)

func (e Error) Error() string {
	switch e {
	case ErrRange:
		return "value out of range"
	case ErrSyntax:
		return "invalid syntax"
	case ErrBase:
		return "invalid base"
	case ErrBitSize:
		return "invalid bit size"
	}
	return "unknown error"
}

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)

// lower(c) is c's lower case if c is an ASCII letter: lower(c) == 'x'
// tests for 'x' or 'X'.  Other bytes map to other non-letters.
func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	if s == "" {
		return 0, ErrSyntax
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
		return 0, ErrBase
	}

	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, ErrBitSize
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
			return 0, ErrSyntax
		}
		if digit >= byte(base) {
			return 0, ErrSyntax
		}
		if n >= limit {
			return maxVal, ErrRange
		}
		n *= uint64(base)
		next := n + uint64(digit)
		if next < n || next > maxVal {
			return maxVal, ErrRange
		}
		n = next
	}
	if sawUnderscore && !underscoreOK(whole) {
		return 0, ErrSyntax
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and bit size (0
// to 64) and returns the value.  A leading "+" or "-" is allowed.  Base 0
// takes the base from the prefix after the sign: "0b" 2, "0o" or "0" 8,
// "0x" 16, otherwise 10, and allows underscores as Go literals do.  Bit
// sizes 0, 8, 16, 32 and 64 stand for int, int8, int16, int32 and int64.
// On ErrRange the value is the one of the right sign with the largest
// magnitude.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	if s == "" {
		return 0, ErrSyntax
	}
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s = s[1:]
		neg = true
	}
	u, err := ParseUint(s, base, bitSize)
	if err != nil && err != ErrRange {
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	edge := uint64(1) << uint(bitSize-1)
	if !neg && u >= edge {
		return int64(edge - 1), ErrRange
	}
	if neg && u > edge {
		return -int64(edge), ErrRange
	}
	v := int64(u)
	if neg {
		v = -v
	}
	return v, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	if n := len(s); 0 < n && n < 19 {
		// Short enough that no int overflows: convert directly.
		digits := s
		if s[0] == '-' || s[0] == '+' {
			digits = s[1:]
			if len(digits) == 0 {
				return 0, ErrSyntax
			}
		}
		v := 0
		for i := 0; i < len(digits); i++ {
			d := digits[i] - '0'
			if d > 9 {
				return 0, ErrSyntax
			}
			v = v*10 + int(d)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, nil
	}
	v, err := ParseInt(s, 10, 0)
	return int(v), err
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
