package math

// Log returns the natural logarithm of x.
//
// This follows Go's amd64 assembly, which is FreeBSD's e_log.c algorithm
// with two differences from Go's generic code: the fraction and exponent
// are taken straight from the bits (so a subnormal x is not normalised
// first), and the fraction is doubled when it is <= √2/2 rather than < √2/2.
// Any negative input, negative NaNs included, gives NaN().
func Log(x float64) float64 { return log(x) }

func log(x float64) float64 {
	const (
		halfSqrt2 = 7.07106781186547524401e-01
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		l1        = 6.666666666666735130e-01
		l2        = 3.999999999940941908e-01
		l3        = 2.857142874366239149e-01
		l4        = 2.222219843214978396e-01
		l5        = 1.818357216161805012e-01
		l6        = 1.531383769920937332e-01
		l7        = 1.479819860511658591e-01
	)
	b := Float64bits(x)
	switch {
	case b&^signBit == 0:
		return Inf(-1)
	case b&signBit != 0:
		return NaN()
	case b >= bitsPosInf:
		return x // +Inf or NaN
	}
	f1 := Float64frombits(b&fracMask | (expBias-1)<<fracBits)
	k := float64(int32(b>>fracBits&expMask) - (expBias - 1))
	if !(halfSqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return log10(x) }

func log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x; exact for powers of two.
func Log2(x float64) float64 { return log2(x) }

func log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus x, accurate also for x
// near zero.
func Log1p(x float64) float64 { return log1p(x) }

func log1p(x float64) float64 {
	// FreeBSD's s_log1p.c: 1+x = 2**k × (1+f) with √2/2 < 1+f < √2, a
	// correction c for the rounding of 1+x, and the series of e_log.c.
	const (
		sqrt2M1     = 4.142135623730950488017e-01
		sqrt2HalfM1 = -2.928932188134524755992e-01
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
		ln2Hi       = 6.93147180369123816490e-01
		ln2Lo       = 1.90821492927058770002e-10
		lp1         = 6.666666666666735130e-01
		lp2         = 3.999999999940941908e-01
		lp3         = 2.857142874366239149e-01
		lp4         = 2.222219843214978396e-01
		lp5         = 1.818357216161805012e-01
		lp6         = 1.531383769920937332e-01
		lp7         = 1.479819860511658591e-01
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}

	ax := Abs(x)
	var f float64
	var hu uint64 // significand bits of 1+x; 1 when there is no reduction
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// √2/2-1 < x < √2-1: no reduction needed.
			k = 0
			f = x
			hu = 1
		}
	}
	var c float64
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			hu = Float64bits(u)
			k = int((hu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = Float64bits(u)
			k = int((hu >> 52) - 1023)
			c = 0
		}
		hu &= fracMask
		if hu < 0x0006a09e667f3bcd { // significand of √2
			u = Float64frombits(hu | bitsOne)
		} else {
			k++
			u = Float64frombits(hu | 0x3fe0000000000000)
			hu = (0x0010000000000000 - hu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if hu == 0 {
		// |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return fk*ln2Hi - ((R - (fk*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+R) + (fk*ln2Lo + c))) - f)
}
