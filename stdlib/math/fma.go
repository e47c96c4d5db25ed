package math

import "math/bits"

// fmaSoft returns x*y + z computed exactly and rounded once (round to
// nearest even), in integer arithmetic.  It is math.FMA for gc builds and
// the reference for the C version tgo uses.
func fmaSoft(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	// Zero or non-finite factors: the unfused expression is already exact
	// (a zero product) or special.
	if x == 0 || y == 0 || bx&bitsPosInf == bitsPosInf || by&bitsPosInf == bitsPosInf {
		return x*y + z
	}
	if z == 0 {
		return x * y
	}
	if bz&bitsPosInf == bitsPosInf {
		if z != z {
			return quietNaN(z) // as the FMA instruction does
		}
		return z
	}

	xm, xe := unpackFinite(bx)
	ym, ye := unpackFinite(by)
	zm, ze := unpackFinite(bz)
	pneg := (bx^by)&signBit != 0
	zneg := bz&signBit != 0

	// Both operands as 128-bit integers with the leading one at bit 125,
	// value = (hi,lo) × 2**e.
	phi, plo := bits.Mul64(xm, ym) // in [2**104, 2**106)
	pe := xe + ye
	if phi>>(105-64) == 0 {
		phi, plo = phi<<1|plo>>63, plo<<1
		pe--
	}
	phi, plo = phi<<20|plo>>44, plo<<20
	pe -= 20
	zhi, zlo := zm<<(73-64), uint64(0)
	ze -= 73

	// a is the operand of larger magnitude.
	ahi, alo, ae, aneg := phi, plo, pe, pneg
	bhi, blo, be, bneg := zhi, zlo, ze, zneg
	if ae < be || ae == be && (ahi < bhi || ahi == bhi && alo < blo) {
		ahi, alo, ae, aneg, bhi, blo, be, bneg = bhi, blo, be, bneg, ahi, alo, ae, aneg
	}
	bhi, blo = shiftRightSticky(bhi, blo, uint(ae-be))

	var shi, slo uint64
	if aneg == bneg {
		var c uint64
		slo, c = bits.Add64(alo, blo, 0)
		shi, _ = bits.Add64(ahi, bhi, c)
	} else {
		var br uint64
		slo, br = bits.Sub64(alo, blo, 0)
		shi, _ = bits.Sub64(ahi, bhi, br)
		if shi|slo == 0 {
			return 0 // exact cancellation is +0 when rounding to nearest
		}
	}

	// Round (shi,slo) × 2**ae to 53 bits, or fewer for a subnormal.
	top := 127 - bits.LeadingZeros64(shi) // position of the leading one
	if shi == 0 {
		top = 63 - bits.LeadingZeros64(slo)
	}
	qe := top + ae - 52 // exponent of the last kept bit
	if qe < -1074 {
		qe = -1074
	}
	var q uint64
	var up bool
	sh := uint(qe - ae)
	switch {
	case qe < ae:
		// Massive cancellation left fewer than 53 bits: exact.
		q = slo << uint(ae-qe)
	case sh >= 128:
		q, up = 0, false
	case sh >= 64:
		q = shi >> (sh - 64)
		rhi := shi & (1<<(sh-64) - 1)
		half := uint64(1) << (sh - 65)
		if sh == 64 {
			// remainder is slo alone
			up = slo > 1<<63 || slo == 1<<63 && q&1 == 1
		} else {
			up = rhi > half || rhi == half && (slo != 0 || q&1 == 1)
		}
	default:
		q = shi<<(64-sh) | slo>>sh
		r := slo & (1<<sh - 1)
		half := uint64(1) << (sh - 1)
		up = r > half || r == half && q&1 == 1
	}
	if up {
		q++
	}
	var sign uint64
	if aneg {
		sign = signBit
	}
	if q == 0 {
		return Float64frombits(sign)
	}
	if qe+1074 >= 2047 {
		return Float64frombits(sign | bitsPosInf)
	}
	b := uint64(qe+1074)<<fracBits + q
	if b>>fracBits >= expMask {
		return Float64frombits(sign | bitsPosInf)
	}
	return Float64frombits(sign | b)
}

// unpackFinite returns the significand (with the leading one at bit 52)
// and exponent of a finite non-zero float64: |f| = m × 2**e.
func unpackFinite(b uint64) (m uint64, e int) {
	exp := int(b >> fracBits & expMask)
	m = b & fracMask
	if exp == 0 {
		n := bits.LeadingZeros64(m) - 11
		return m << uint(n), 1 - expBias - fracBits - n
	}
	return m | 1<<fracBits, exp - expBias - fracBits
}

// shiftRightSticky shifts (hi,lo) right by n, OR-ing every bit shifted out
// into the lowest bit.
func shiftRightSticky(hi, lo uint64, n uint) (uint64, uint64) {
	switch {
	case n == 0:
		return hi, lo
	case n >= 128:
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	case n >= 64:
		lost := lo | hi&(1<<(n-64)-1)
		lo = hi >> (n - 64)
		if lost != 0 {
			lo |= 1
		}
		return 0, lo
	}
	lost := lo & (1<<n - 1)
	lo = lo>>n | hi<<(64-n)
	hi >>= n
	if lost != 0 {
		lo |= 1
	}
	return hi, lo
}
