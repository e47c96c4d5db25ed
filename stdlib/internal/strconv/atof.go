package strconv

import "math/bits"

// ParseFloat converts s to a float64 with the precision of bitSize (32:
// the result converts to float32 exactly; 64).  It accepts Go's decimal
// and hexadecimal floating-point literals (with underscores only where Go
// allows them), "Inf", "+Inf", "-Inf", "Infinity" in any case and "NaN",
// and rounds to nearest even.  The errors are ErrSyntax, and ErrRange
// with ±Inf when s is beyond the largest float by more than half a unit.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) {
		return 0, ErrSyntax
	}
	return f, err
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if bitSize == 32 {
		f, n, err := atof32(s)
		return float64(f), n, err
	}
	return atof64(s)
}

// prefixLenFold returns how many leading bytes of s match prefix (which is
// lower case), ignoring ASCII case.
func prefixLenFold(s, prefix string) int {
	n := min(len(prefix), len(s))
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses a leading signed "inf" or "infinity", or "nan".
func special(s string) (f float64, n int, found bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign, nsign := 1, 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		fallthrough
	case 'i', 'I':
		n := prefixLenFold(s, "infinity")
		if 3 < n && n < 8 {
			n = 3 // "inf" followed by something else
		}
		if n == 3 || n == 8 {
			if sign < 0 {
				return float64frombits(0xFFF0000000000000), nsign + n, true
			}
			return float64frombits(0x7FF0000000000000), nsign + n, true
		}
	case 'n', 'N':
		if prefixLenFold(s, "nan") == 3 {
			return float64frombits(0x7FF8000000000001), 3, true
		}
	}
	return 0, 0, false
}

// readFloat scans the number at the start of s: up to 19 significant
// decimal (or 16 hex) digits into mantissa, the power of ten (or two) in
// exp, trunc if nonzero digits did not fit, and the length scanned.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, good bool) {
	sawUnderscore := false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		i++
		neg = true
	}

	base := uint64(10)
	maxDigits := 19 // 10**19 fits in 64 bits
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawDot, sawDigits := false, false
	nd, ndMant, dp := 0, 0, 0
scan:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			sawUnderscore = true
		case c == '.':
			if sawDot {
				break scan
			}
			sawDot = true
			dp = nd
		case '0' <= c && c <= '9':
			sawDigits = true
			if c == '0' && nd == 0 {
				dp-- // leading zeros only move the point
				continue
			}
			nd++
			if ndMant < maxDigits {
				mantissa = mantissa*base + uint64(c-'0')
				ndMant++
			} else if c != '0' {
				trunc = true
			}
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawDigits = true
			nd++
			if ndMant < maxDigits {
				mantissa = mantissa*16 + uint64(lower(c)-'a'+10)
				ndMant++
			} else {
				trunc = true
			}
		default:
			break scan
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}

	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		switch s[i] {
		case '+':
			i++
		case '-':
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				sawUnderscore = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // a hex float needs its exponent
	}

	if mantissa != 0 {
		exp = dp - ndMant
	}
	if sawUnderscore && !underscoreOK(s[:i]) {
		return
	}
	good = true
	return
}

// set parses the decimal number s (already checked by readFloat) into a.
func (a *decimal) set(s string) bool {
	i := 0
	a.neg = false
	a.trunc = false
	if i >= len(s) {
		return false
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		i++
		a.neg = true
	}
	sawDot, sawDigits := false, false
scan:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
		case c == '.':
			if sawDot {
				return false
			}
			sawDot = true
			a.dp = a.nd
		case '0' <= c && c <= '9':
			sawDigits = true
			if c == '0' && a.nd == 0 {
				a.dp--
				continue
			}
			if a.nd < len(a.d) {
				a.d[a.nd] = c
				a.nd++
			} else if c != '0' {
				a.trunc = true
			}
		default:
			break scan
		}
	}
	if !sawDigits {
		return false
	}
	if !sawDot {
		a.dp = a.nd
	}
	if i < len(s) && lower(s[i]) == 'e' {
		i++
		if i >= len(s) {
			return false
		}
		esign := 1
		switch s[i] {
		case '+':
			i++
		case '-':
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		a.dp += e * esign
	}
	return i == len(s)
}

// shiftSteps[n] is the binary shift that moves a decimal with n digits
// before the point to below 1 (or a tiny one up) in one step.
var shiftSteps = []int{1, 3, 6, 9, 13, 16, 19, 23, 26}

// floatBits converts a to the bits of the nearest float of format flt and
// reports overflow (the bits are then an infinity).
func (a *decimal) floatBits(flt *floatInfo) (b uint64, overflow bool) {
	var exp int
	var mant uint64
	switch {
	case a.nd == 0:
		exp = flt.bias
	case a.dp > 310:
		overflow = true
	case a.dp < -330:
		exp = flt.bias
	default:
		// Scale by powers of two into [1/2, 1), counting them in exp.
		for a.dp > 0 {
			n := 27
			if a.dp < len(shiftSteps) {
				n = shiftSteps[a.dp]
			}
			a.Shift(-n)
			exp += n
		}
		for a.dp < 0 || a.dp == 0 && a.d[0] < '5' {
			n := 27
			if -a.dp < len(shiftSteps) {
				n = shiftSteps[-a.dp]
			}
			a.Shift(n)
			exp -= n
		}
		// Now [1, 2) with the point moved one bit: the float's exponent.
		exp--
		if exp < flt.bias+1 {
			// Subnormal: denormalise.
			n := flt.bias + 1 - exp
			a.Shift(-n)
			exp += n
		}
		if exp-flt.bias >= 1<<flt.expbits-1 {
			overflow = true
			break
		}
		// Extract mantbits+1 bits, rounded.
		a.Shift(int(1 + flt.mantbits))
		mant = a.roundedInteger()
		if mant == 2<<flt.mantbits {
			// Rounding carried into a new bit.
			mant >>= 1
			exp++
			if exp-flt.bias >= 1<<flt.expbits-1 {
				overflow = true
				break
			}
		}
		if mant&(1<<flt.mantbits) == 0 {
			exp = flt.bias // subnormal
		}
	}
	if overflow {
		mant = 0
		exp = 1<<flt.expbits - 1 + flt.bias
	}
	b = mant & (uint64(1)<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if a.neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	return b, overflow
}

var exactPow10f64 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

var exactPow10f32 = [...]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// exact64 converts mantissa × 10**exp when both the mantissa and the
// power of ten are exact float64s: one correctly rounded operation.
func exact64(mantissa uint64, exp int, neg bool) (f float64, good bool) {
	if mantissa>>float64info.mantbits != 0 {
		return
	}
	f = float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		// A few factors of ten can go into the mantissa exactly first.
		if exp > 22 {
			f *= exactPow10f64[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return
		}
		return f * exactPow10f64[exp], true
	case exp < 0 && exp >= -22:
		return f / exactPow10f64[-exp], true
	}
	return
}

// exact32 is exact64 for float32.
func exact32(mantissa uint64, exp int, neg bool) (f float32, good bool) {
	if mantissa>>float32info.mantbits != 0 {
		return
	}
	f = float32(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 7+10:
		if exp > 10 {
			f *= exactPow10f32[exp-10]
			exp = 10
		}
		if f > 1e7 || f < -1e7 {
			return
		}
		return f * exactPow10f32[exp], true
	case exp < 0 && exp >= -10:
		return f / exactPow10f32[-exp], true
	}
	return
}

// atofHex converts mantissa × 2**exp (trunc: nonzero bits were dropped)
// to the nearest float of format flt, rounding half to even.
func atofHex(flt *floatInfo, mantissa uint64, exp int, neg, trunc bool) (float64, error) {
	maxExp := 1<<flt.expbits + flt.bias - 2
	minExp := flt.bias + 1
	exp += int(flt.mantbits) // the mantissa now has mantbits bits after the point

	// Normalise to mantbits+3 bits (two extra for rounding), keeping any
	// bit shifted out as a sticky low bit.
	for mantissa != 0 && mantissa>>(flt.mantbits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+flt.mantbits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Subnormal: shift down to the minimum exponent.
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Round off the two extra bits.
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // a tie rounds up only to an even result
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+flt.mantbits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>flt.mantbits == 0 {
		exp = flt.bias // subnormal or zero
	}
	var err error
	if exp > maxExp {
		mantissa = 1 << flt.mantbits
		exp = maxExp + 1
		err = ErrRange
	}
	b := mantissa & (1<<flt.mantbits - 1)
	b |= uint64((exp-flt.bias)&(1<<flt.expbits-1)) << flt.mantbits
	if neg {
		b |= 1 << flt.mantbits << flt.expbits
	}
	if flt == &float32info {
		return float64(float32frombits(uint32(b))), err
	}
	return float64frombits(b), err
}

func atof32(s string) (f float32, n int, err error) {
	if v, n, found := special(s); found {
		return float32(v), n, nil
	}
	mantissa, exp, neg, trunc, hex, n, good := readFloat(s)
	if !good {
		return 0, n, ErrSyntax
	}
	if hex {
		v, err := atofHex(&float32info, mantissa, exp, neg, trunc)
		return float32(v), n, err
	}
	if !trunc {
		if v, exact := exact32(mantissa, exp, neg); exact {
			return v, n, nil
		}
	}
	if v, done := eiselLemire32(mantissa, exp, neg); done {
		if !trunc {
			return v, n, nil
		}
		// Dropped digits: the answer is certain only if rounding the
		// mantissa up gives the same float.
		if up, done := eiselLemire32(mantissa+1, exp, neg); done && v == up {
			return v, n, nil
		}
	}
	var d decimal
	if !d.set(s[:n]) {
		return 0, n, ErrSyntax
	}
	b, over := d.floatBits(&float32info)
	f = float32frombits(uint32(b))
	if over {
		err = ErrRange
	}
	return f, n, err
}

func atof64(s string) (f float64, n int, err error) {
	if v, n, found := special(s); found {
		return v, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, good := readFloat(s)
	if !good {
		return 0, n, ErrSyntax
	}
	if hex {
		v, err := atofHex(&float64info, mantissa, exp, neg, trunc)
		return v, n, err
	}
	if !trunc {
		if v, exact := exact64(mantissa, exp, neg); exact {
			return v, n, nil
		}
	}
	if v, done := eiselLemire64(mantissa, exp, neg); done {
		if !trunc {
			return v, n, nil
		}
		if up, done := eiselLemire64(mantissa+1, exp, neg); done && v == up {
			return v, n, nil
		}
	}
	var d decimal
	if !d.set(s[:n]) {
		return 0, n, ErrSyntax
	}
	b, over := d.floatBits(&float64info)
	f = float64frombits(b)
	if over {
		err = ErrRange
	}
	return f, n, err
}

// eiselLemire64 converts man × 10**exp10 with the Eisel-Lemire algorithm
// (Lemire, "Number Parsing at a Gigabyte per Second", 2021): one or two
// 64×64-bit products with the 128-bit power of ten settle the rounding,
// except in rare cases too close to a halfway point, where it gives up
// (done == false) and the exact decimal path decides.
func eiselLemire64(man uint64, exp10 int, neg bool) (f float64, done bool) {
	const bias = -1023
	if man == 0 {
		if neg {
			f = float64frombits(1 << 63)
		}
		return f, true
	}
	pw, exp2, inRange := pow10(exp10)
	if !inRange {
		return 0, false
	}
	lz := bits.LeadingZeros64(man)
	man <<= uint(lz)
	retExp2 := uint64(exp2+63-bias) - uint64(lz)

	hi, lo := bits.Mul64(man, pw.Hi)
	// If the 9 bits below the 54 that matter are all ones, the product's
	// low half could carry into them: take the next 64 bits of 10**e.
	if hi&0x1FF == 0x1FF && lo+man < man {
		hi2, lo2 := bits.Mul64(man, pw.Lo)
		mhi, mlo := hi, lo+hi2
		if mlo < lo {
			mhi++
		}
		if mhi&0x1FF == 0x1FF && mlo+1 == 0 && lo2+man < man {
			return 0, false
		}
		hi, lo = mhi, mlo
	}

	top := hi >> 63
	ret := hi >> (top + 9)
	retExp2 -= 1 ^ top

	// An exact halfway case cannot be decided here.
	if lo == 0 && hi&0x1FF == 0 && ret&3 == 1 {
		return 0, false
	}
	ret += ret & 1
	ret >>= 1
	if ret>>53 > 0 {
		ret >>= 1
		retExp2++
	}
	// Subnormal, zero or infinite results take the slow path.
	if retExp2-1 >= 0x7FF-1 {
		return 0, false
	}
	b := retExp2<<52 | ret&(1<<52-1)
	if neg {
		b |= 1 << 63
	}
	return float64frombits(b), true
}

// eiselLemire32 is eiselLemire64 for float32.
func eiselLemire32(man uint64, exp10 int, neg bool) (f float32, done bool) {
	const bias = -127
	if man == 0 {
		if neg {
			f = float32frombits(1 << 31)
		}
		return f, true
	}
	pw, exp2, inRange := pow10(exp10)
	if !inRange {
		return 0, false
	}
	lz := bits.LeadingZeros64(man)
	man <<= uint(lz)
	retExp2 := uint64(exp2+63-bias) - uint64(lz)

	hi, lo := bits.Mul64(man, pw.Hi)
	if hi&0x3FFFFFFFFF == 0x3FFFFFFFFF && lo+man < man {
		hi2, lo2 := bits.Mul64(man, pw.Lo)
		mhi, mlo := hi, lo+hi2
		if mlo < lo {
			mhi++
		}
		if mhi&0x3FFFFFFFFF == 0x3FFFFFFFFF && mlo+1 == 0 && lo2+man < man {
			return 0, false
		}
		hi, lo = mhi, mlo
	}

	top := hi >> 63
	ret := hi >> (top + 38)
	retExp2 -= 1 ^ top

	if lo == 0 && hi&0x3FFFFFFFFF == 0 && ret&3 == 1 {
		return 0, false
	}
	ret += ret & 1
	ret >>= 1
	if ret>>24 > 0 {
		ret >>= 1
		retExp2++
	}
	if retExp2-1 >= 0xFF-1 {
		return 0, false
	}
	b := retExp2<<23 | ret&(1<<23-1)
	if neg {
		b |= 1 << 31
	}
	return float32frombits(uint32(b)), true
}
