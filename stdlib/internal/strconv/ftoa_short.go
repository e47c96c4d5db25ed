package strconv

import "math/bits"

// The shortest decimal representation of a float, by the Dragonbox
// algorithm of Junekey Jeon ("Dragonbox: A New Floating-Point Binary-to-
// Decimal Conversion Algorithm", 2020), as Go uses it: among the decimals
// that round back to the float (the rounding interval, with its ends
// included when the significand is even), the one with the fewest digits,
// and of those the closest to the float's exact value (ties to even).
//
// With β and φ from the table of powers of ten (φ ≈ 10**k scaled to 128 or
// 64 bits), a multiplication of the interval's ends by φ gives the scaled
// interval's integer parts; Dragonbox first tries the coarse grid 10**(κ+1)
// (usually right, trailing zeros then removed) and otherwise rounds the
// value itself to the nearest integer at the grid 10**κ.  Section and
// algorithm numbers below are the paper's.

// shortestDigits stores in d the shortest digits of mant × 2**exp.
func shortestDigits(d *digitSet, mant uint64, exp int, denorm bool, bitSize int) {
	if bitSize == 32 {
		shortest32(d, uint32(mant), exp, denorm)
		return
	}
	shortest64(d, mant, exp, denorm)
}

// putDigits stores the decimal digits of v in d with the decimal point
// after them moved by exp10: v × 10**exp10.
func putDigits(d *digitSet, v uint64, exp10 int) {
	at := putDecimal(d.d, v)
	d.d = d.d[at:]
	d.nd = len(d.d)
	d.dp = d.nd + exp10
}

// floorLog10Pow2Minus returns floor(e×log10(2) - log10(4/3)) for e in
// [-2985, 2936]: the decimal exponent at the lower boundary case.
func floorLog10Pow2Minus(e int) int { return (e*631305 - 261663) >> 21 }

func shortest64(d *digitSet, mant uint64, exp int, denorm bool) {
	const mantBits = 52
	if mant == 1<<mantBits && !denorm {
		// A power of two: the interval below is half as wide as above
		// (Algorithm 5.6).
		k := -floorLog10Pow2Minus(exp)
		phi, beta := phi64(k, exp)
		left := (phi.Hi - phi.Hi>>(mantBits+2)) >> (64 - mantBits - 1 - beta)
		right := (phi.Hi + phi.Hi>>(mantBits+1)) >> (64 - mantBits - 1 - beta)
		if exp != 2 && exp != 3 {
			left++ // the left end is not an integer, hence excluded
		}
		if q := right / 10; left <= q*10 {
			q, zeros := trimZeros(q)
			putDigits(d, q, -k+1+zeros)
			return
		}
		y := (phi.Hi>>(64-mantBits-2-beta) + 1) / 2 // round to nearest, ties up
		if exp == -77 && y%2 != 0 {
			y-- // the one tie in range: round to even
		} else if y < left {
			y++
		}
		putDigits(d, y, -k)
		return
	}

	const (
		kappa  = 2
		big    = 1000 // 10**(kappa+1)
		small  = 100  // 10**kappa
		halfSm = small / 2
	)
	// Algorithm 5.2: the coarse grid.
	k := -mulLog10_2(exp)
	phi, beta := phi64(kappa+k, exp)
	z, zInt := mulPhi64((mant*2+1)<<beta, phi)
	s, r := z/big, uint32(z%big)
	delta := uint32(phi.Hi >> (64 - 1 - beta))

	if r < delta {
		if r != 0 || !zInt || mant%2 == 0 {
			s, zeros := trimZeros(s)
			putDigits(d, s, -k+1+zeros)
			return
		}
		// The right end is an excluded integer: step back one.
		s--
		r = big
	} else if r == delta {
		xOdd, xInt := parity64(mant*2-1, phi, beta)
		if xOdd || xInt && mant%2 == 0 {
			s, zeros := trimZeros(s)
			putDigits(d, s, -k+1+zeros)
			return
		}
	}

	// Algorithm 5.4: round the value to the nearest multiple of 10**kappa.
	dd := r + halfSm - delta/2
	t, rho := dd/small, dd%small
	y := 10*s + uint64(t)
	if rho == 0 {
		// y may be off by one: decide with the exact parity.
		yOdd, yInt := parity64(mant*2, phi, beta)
		if yOdd != ((dd-halfSm)%2 != 0) || yInt && y%2 != 0 {
			y--
		}
	}
	putDigits(d, y, -k)
}

func shortest32(d *digitSet, mant uint32, exp int, denorm bool) {
	const mantBits = 23
	if mant == 1<<mantBits && !denorm {
		k := -floorLog10Pow2Minus(exp)
		phi, beta := phi32(k, exp)
		left := uint32((phi - phi>>(mantBits+2)) >> (64 - mantBits - 1 - beta))
		right := uint32((phi + phi>>(mantBits+1)) >> (64 - mantBits - 1 - beta))
		if exp != 2 && exp != 3 {
			left++
		}
		if q := right / 10; left <= q*10 {
			q, zeros := trimZeros(uint64(q))
			putDigits(d, q, -k+1+zeros)
			return
		}
		y := uint32(phi>>(64-mantBits-2-beta)+1) / 2
		if exp == -77 && y%2 != 0 {
			y--
		} else if y < left {
			y++
		}
		putDigits(d, uint64(y), -k)
		return
	}

	const (
		kappa  = 1
		big    = 100
		small  = 10
		halfSm = small / 2
	)
	k := -mulLog10_2(exp)
	phi, beta := phi32(kappa+k, exp)
	z, zInt := mulPhi32((mant*2+1)<<beta, phi)
	s, r := z/big, z%big
	delta := uint32(phi >> (64 - 1 - beta))

	if r < delta {
		if r != 0 || !zInt || mant%2 == 0 {
			s, zeros := trimZeros(uint64(s))
			putDigits(d, s, -k+1+zeros)
			return
		}
		s--
		r = big
	} else if r == delta {
		xOdd, xInt := parity32(mant*2-1, phi, beta)
		if xOdd || xInt && mant%2 == 0 {
			s, zeros := trimZeros(uint64(s))
			putDigits(d, s, -k+1+zeros)
			return
		}
	}

	dd := r + halfSm - delta/2
	t, rho := dd/small, dd%small
	y := 10*s + t
	if rho == 0 {
		yOdd, yInt := parity32(mant*2, phi, beta)
		if yOdd != ((dd-halfSm)%2 != 0) || yInt && y%2 != 0 {
			y--
		}
	}
	putDigits(d, uint64(y), -k)
}

// phi64 returns the table's 10**k rounded up (unless exact: 0 <= k <= 55)
// and the shift β for the binary exponent e.
func phi64(k, e int) (phi uint128, beta int) {
	phi, e1, _ := pow10(k)
	if k < 0 || k > 55 {
		phi.Lo++
	}
	return phi, e + e1 - 1
}

// phi32 is phi64 with 64 bits of 10**k (exact for 0 <= k <= 27).
func phi32(k, e int) (phi uint64, beta int) {
	m, e1, _ := pow10(k)
	phi = m.Hi
	if k < 0 || k > 27 {
		phi++
	}
	return phi, e + e1 - 1
}

// mulPhi64 returns the integer part of u × φ / 2**128 and whether the
// fraction is zero.
func mulPhi64(u uint64, phi uint128) (uint64, bool) {
	hi, mid := bits.Mul64(u, phi.Hi)
	carryIn, _ := bits.Mul64(u, phi.Lo)
	mid, c := bits.Add64(mid, carryIn, 0)
	return hi + c, mid == 0
}

// parity64 returns the parity of the integer part of u × φ × 2**β / 2**128
// (computed modulo 2**128) and whether its fraction is zero.
func parity64(u uint64, phi uint128, beta int) (odd, isInt bool) {
	hi := u * phi.Hi
	phh, lo := bits.Mul64(u, phi.Lo)
	hi += phh
	odd = (hi>>(64-beta))&1 != 0
	isInt = hi<<beta|lo>>(64-beta) == 0
	return
}

// mulPhi32 returns the integer part of u × φ / 2**64 and whether the
// fraction is zero, from the upper 64 of the 96-bit product.
func mulPhi32(u uint32, phi uint64) (uint32, bool) {
	top := uint64(u)*(phi>>32) + (uint64(u)*(phi&0xffffffff))>>32
	return uint32(top >> 32), uint32(top) == 0
}

// parity32 is parity64 for float32: the lower 64 bits of u × φ.
func parity32(u uint32, phi uint64, beta int) (odd, isInt bool) {
	p := uint64(u) * phi
	odd = (p>>(64-beta))&1 != 0
	isInt = uint32(p>>(32-beta)) == 0
	return
}

// trimZeros removes the trailing decimal zeros of x and counts them.
func trimZeros(x uint64) (uint64, int) {
	n := 0
	for x != 0 && x%10 == 0 {
		x /= 10
		n++
	}
	return x, n
}
