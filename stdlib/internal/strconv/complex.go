package strconv

// FormatComplex converts c to a string (a+bi) with each part formatted as
// FormatFloat does; bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	var buf [64]byte
	return string(AppendComplex(buf[:0], c, fmt, prec, bitSize))
}

// AppendComplex appends FormatComplex(c, fmt, prec, bitSize) to dst.
func AppendComplex(dst []byte, c complex128, fmt byte, prec, bitSize int) []byte {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the size of each part
	dst = append(dst, '(')
	dst = AppendFloat(dst, real(c), fmt, prec, bitSize)
	i := len(dst)
	dst = AppendFloat(dst, imag(c), fmt, prec, bitSize)
	if dst[i] != '+' && dst[i] != '-' {
		// Insert the sign of a non-negative imaginary part.
		dst = append(dst, 0)
		copy(dst[i+1:], dst[i:])
		dst[i] = '+'
	}
	return append(dst, "i)"...)
}

// ParseComplex converts s, of the form N, Ni or N±Ni (optionally in
// parentheses, without spaces), to a complex number whose parts have the
// precision of bitSize/2 bits.  The errors are those of ParseFloat.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error to report if nothing worse happens

	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, err
		}
		pending = err
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// A '+' before an explicit sign ("+-3i") is not allowed; otherwise
		// skip it.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, ErrSyntax
	default:
		return 0, ErrSyntax
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, err
		}
		pending = err
	}
	s = s[n:]
	if s != "i" {
		return 0, ErrSyntax
	}
	return complex(re, im), pending
}
