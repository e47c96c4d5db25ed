//go:build !tgo

package math

// sqrt computes the correctly rounded square root bit by bit, with the
// special results of the SQRTSD instruction (used when built by gc, for
// testing; tgo uses the instruction itself).
func sqrt(x float64) float64 {
	b := Float64bits(x)
	switch {
	case x != x:
		return quietNaN(x)
	case x == 0 || IsInf(x, 1):
		return x
	case x < 0:
		return Float64frombits(0xFFF8000000000000)
	}
	e := int(b >> fracBits & expMask)
	m := b & fracMask
	if e == 0 {
		// Subnormal: normalise the significand.
		for m&(1<<fracBits) == 0 {
			m <<= 1
			e--
		}
		e++
	} else {
		m |= 1 << fracBits
	}
	e -= expBias
	if e&1 != 0 {
		m <<= 1 // make the exponent even
	}
	e >>= 1
	// Restoring square root: one result bit per step, 54 bits in all
	// (53 plus a rounding bit), with the remainder deciding stickiness.
	m <<= 1
	var root, acc uint64
	for bit := uint64(1) << (fracBits + 1); bit != 0; bit >>= 1 {
		trial := acc + bit
		if trial <= m {
			acc = trial + bit
			m -= trial
			root += bit
		}
		m <<= 1
	}
	if m != 0 {
		root += root & 1
	}
	return Float64frombits(root>>1 + uint64(e-1+expBias)<<fracBits)
}
