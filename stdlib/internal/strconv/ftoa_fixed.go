package strconv

import "math/bits"

var pow10u64 = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// divisibleByPow5 reports whether x is a multiple of 5**p, 1 <= p <= 22.
func divisibleByPow5(x uint64, p int) bool {
	if p < 1 || p > 22 {
		return false
	}
	for ; p > 0; p-- {
		if x%5 != 0 {
			return false
		}
		x /= 5
	}
	return true
}

func b2u(b bool) uint {
	if b {
		return 1
	}
	return 0
}

// fixedDigits stores in d the first n (1 <= n <= 18) decimal digits of
// mant × 2**exp (mant > 0), correctly rounded (half to even).  For %f, n
// is an upper bound and the digits end prec places after the point.
//
// The value is multiplied by a 128-bit 10**p chosen to leave n digits and
// one rounding bit in the integer part of the 192-bit product; the
// truncated bits decide, with the rounding bit, whether to round up.
// Ryū's analysis (Adams, 2018) shows 128 bits of 10**p are enough for
// correct rounding of up to 18 digits of any float64.
func fixedDigits(d *digitSet, mant uint64, exp, n, prec int, fmt byte) {
	if n > 18 {
		panic("strconv: fixedDigits of more than 18 digits")
	}
	// Normalise the significand to 64 bits.
	sh := 64 - bits.Len64(mant)
	mant <<= uint(sh)
	exp -= sh

	// mant × 2**exp × 10**p should have n digits and a rounding bit:
	// 2×10**(n-1) <= it, give or take one digit above.
	p := (n - 1) - mulLog10_2(63+exp)
	pw, exp2, good := pow10(p)
	if !good {
		panic("strconv: fixedDigits: power of ten out of range")
	}
	if -22 <= p && p < 0 {
		// Dividing by 10**q, q <= 22: with the constant rounded up, a
		// multiple of 5**q divides exactly.
		pw.Lo++
	}
	hi, mid := bits.Mul64(mant, pw.Hi)
	mid2, lo := bits.Mul64(mant, pw.Lo)
	mid, c := bits.Add64(mid, mid2, 0)
	hi += c
	binExp := exp + exp2

	// lost != 0 records that bits below hi have been dropped (so the
	// value is not exact).
	var lost uint
	switch {
	case 0 <= p && p <= 55:
		// 10**p is exact in 128 bits: only the product was truncated.
		lost = b2u(mid|lo != 0)
	case -22 <= p && p < 0 && divisibleByPow5(mant, -p):
		lost = 0
	default:
		lost = 1
	}

	// hi × 2**binExp, binExp < 0: keep one bit below the integer part.
	shift := uint(-binExp - 1)
	lost |= b2u(hi&(1<<shift-1) != 0)
	hi >>= shift

	d.dp = n - p

	// One digit too many: drop it.
	limit := pow10u64[n] << 1
	if hi >= limit {
		lost |= b2u(hi%10 != 0)
		hi /= 10
		d.dp++
	}

	// For %f, keep only the digits up to prec places after the point.
	if fmt == 'f' && n != d.dp+prec {
		for n > d.dp+prec {
			lost |= b2u(hi%10 != 0)
			hi /= 10
			n--
		}
		if n <= 0 {
			// Rounding may still make a leading digit (0.09 → 0.1).
			n = 1
			d.dp++
		}
		limit = pow10u64[n] << 1
	}

	// Round: up if the rounding bit is set and either bits were lost or
	// the digit below the rounding bit is odd; then drop the bit.
	hi += uint64(uint(hi) & (lost | uint(hi)>>1) & 1)
	hi >>= 1
	if hi == limit>>1 {
		// 999... rounded up to 1000...
		hi = pow10u64[n-1]
		d.dp++
	}

	if hi != 0 {
		at := putDecimal(d.d[:n], hi)
		if at != 0 {
			panic("strconv: fixedDigits: digit count")
		}
		d.nd = n
		for d.d[d.nd-1] == '0' {
			d.nd--
		}
	}
}
