package math

// Exp returns e**x.
//
// This is the algorithm of Go's amd64 assembly (after N. Shibata's SIMD
// elementary functions): reduce x by k·ln2 with k = round(x/ln2), scale
// the rest by 1/16, sum the Taylor series of e**r - 1 to the 8th power, and
// square (1+y) four times as y·(y+2).  With FMA (when the CPU has it, as
// Go checks at start-up) the reduction and the series use fused
// multiply-adds; the results differ in the last bit from the unfused path,
// so both are kept.
func Exp(x float64) float64 { return exp(x) }

func exp(x float64) float64 {
	const (
		ln2Hi    = 0.69314718055966295651160180568695068359375
		ln2Lo    = 0.28235290563031577122588448175013436025525412068e-12
		log2e    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
		// the series coefficients 1/n! for n = 3..8
		c3 = 1.6666666666666666667e-1
		c4 = 4.1666666666666666667e-2
		c5 = 8.3333333333333333333e-3
		c6 = 1.3888888888888888889e-3
		c7 = 1.9841269841269841270e-4
		c8 = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^signBit >= bitsPosInf {
		if b == bitsNegInf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	// k = x/ln2 rounded to nearest even, as CVTSD2SL does; a quotient
	// beyond int32 is the "integer indefinite" value, which underflows.
	q := log2e * x
	var k int32 = -1 << 31
	if q > -2147483648.5 {
		k = int32(RoundToEven(q))
	}
	fk := float64(k)

	var r, y float64
	if useFMA {
		r = FMA(-fk, ln2Hi, x)
		r = FMA(-fk, ln2Lo, r)
		r *= 0.0625
		p := FMA(c8, r, c7)
		p = FMA(p, r, c6)
		p = FMA(p, r, c5)
		p = FMA(p, r, c4)
		p = FMA(p, r, c3)
		p = FMA(p, r, 0.5)
		p = FMA(p, r, 1.0)
		y = r * p
		y = y * (y + 2)
		y = y * (y + 2)
		y = y * (y + 2)
		y = FMA(y, y+2, 1.0)
	} else {
		r = x - ln2Hi*fk
		r = r - ln2Lo*fk
		r *= 0.0625
		p := c8 * r
		p = (p + c7) * r
		p = (p + c6) * r
		p = (p + c5) * r
		p = (p + c4) * r
		p = (p + c3) * r
		p = (p + 0.5) * r
		p = p + 1.0
		y = r * p
		y = y * (y + 2)
		y = y * (y + 2)
		y = y * (y + 2)
		y = y * (y + 2)
		y = y + 1.0
	}

	// Multiply by 2**k; a subnormal result takes two multiplications.
	e := k + expBias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(e+expBias-1) << fracBits)
		e = 1
	} else if e >= expMask {
		return Inf(1)
	}
	return y * Float64frombits(uint64(e)<<fracBits)
}

// Exp2 returns 2**x.
func Exp2(x float64) float64 { return exp2(x) }

func exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with |t| <= 1/2, then 2**t = e**(t·ln2).
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expReduced(hi, lo, k)
}

// expReduced returns e**r × 2**k where r = hi - lo and |r| <= ln2/2, with
// the Remez rational approximation of FreeBSD's e_exp.c.
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, accurate also for x near zero.
func Expm1(x float64) float64 { return expm1(x) }

func expm1(x float64) float64 {
	// FreeBSD's s_expm1.c: reduce by k·ln2 as hi - lo with a correction
	// term c, approximate with a rational function of x·x/2, rebuild.
	const (
		overflowAt = 7.09782712893383973096e+02
		ln2x56     = 3.88162421113569373274e+01
		ln2Half3   = 1.03972077083991796413e+00
		ln2Half    = 3.46573590279972654709e-01
		ln2Hi      = 6.93147180369123816490e-01
		ln2Lo      = 1.90821492927058770002e-10
		invLn2     = 1.44269504088896338700e+00
		tiny       = 1.0 / (1 << 54)

		q1 = -3.33333333333331316428e-02
		q2 = 1.58730158725481460165e-03
		q3 = -7.93650757867487942473e-05
		q4 = 4.00821782732936239552e-06
		q5 = -2.01099218183624371326e-07
	)
	switch {
	case IsInf(x, 1) || x != x:
		return x
	case IsInf(x, -1):
		return -1
	}
	ax := x
	neg := false
	if x < 0 {
		ax = -ax
		neg = true
	}
	if ax >= ln2x56 {
		if neg {
			return -1
		}
		if ax >= overflowAt {
			return Inf(1)
		}
	}

	var c float64
	k := 0
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2Half3 {
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			fk := float64(k)
			hi = x - fk*ln2Hi
			lo = fk * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}

	hx := 0.5 * x
	hxs := x * hx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
		return y - 1
	case k < 20:
		t := Float64frombits(bitsOne - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
	}
	t = Float64frombits(uint64(expBias-k) << fracBits) // 2**-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<fracBits)
}

// Pow returns x**y.  The special cases are those of C99's pow.
func Pow(x, y float64) float64 { return pow(x, y) }

func pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		if y < 0 {
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		}
		if y > 0 {
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // as Pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		if y > 0 {
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// y is an even integer too big for the loop below.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	// x**|y| = x**yf × x**yi: the fractional power with Exp and Log (yf
	// moved into (-1/2, 1/2]), the integer power by repeated squaring of
	// Frexp's fraction, keeping the binary exponent apart in ae.
	acc := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	xf, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent alone already over- or underflows; Ldexp
			// below makes it 0 or Inf.
			ae += xe
			break
		}
		if i&1 == 1 {
			acc *= xf
			ae += xe
		}
		xf *= xf
		xe <<= 1
		if xf < .5 {
			xf += xf
			xe--
		}
	}
	if y < 0 {
		acc = 1 / acc
		ae = -ae
	}
	return Ldexp(acc, ae)
}

func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // every float64 this large is even
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

var smallPow10 = [...]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10Steps = [...]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10NegSteps = [...]float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n: 0 below -323, +Inf above 308.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return pow10Steps[uint(n)/32] * smallPow10[uint(n)%32]
	case -323 <= n && n <= 0:
		return pow10NegSteps[uint(-n)/32] / smallPow10[uint(-n)%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}
