package math

// Sqrt returns the square root of x.  Like the SQRTSD instruction Go uses on
// amd64, a negative x gives the "default NaN" (sign bit set) and a NaN
// comes back quieted.
func Sqrt(x float64) float64 { return sqrt(x) }

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	d := x - y
	if d <= 0 {
		return 0
	}
	return d
}

// Max returns the larger of x or y: +Inf if either is +Inf, else NaN if
// either is NaN; +0 is larger than -0.
func Max(x, y float64) float64 { return max(x, y) }

func max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x or y: -Inf if either is -Inf, else NaN if
// either is NaN; -0 is smaller than +0.
func Min(x, y float64) float64 { return min(x, y) }

func min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case x != x || y != y:
		return NaN()
	case x == 0 && y == 0:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Mod returns the remainder of x/y, with the sign of x.
func Mod(x, y float64) float64 { return mod(x, y) }

func mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	y = Abs(y)
	yfrac, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	// Subtract the largest y×2**k not above r until r < y; every
	// subtraction is exact.
	for r >= y {
		rfrac, rexp := Frexp(r)
		if rfrac < yfrac {
			rexp--
		}
		r -= Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder returns the IEEE 754 remainder of x/y: x - n*y with n the
// integer nearest x/y (ties to even).
func Remainder(x, y float64) float64 { return remainder(x, y) }

func remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if neg {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // now x < 2y
	}
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		x = -x
	}
	return x
}

// Hypot returns Sqrt(p*p + q*q) without needless overflow or underflow.
func Hypot(p, q float64) float64 { return hypot(p, q) }

func hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case p != p || q != q:
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 { return cbrt(x) }

func cbrt(x float64) float64 {
	// The method of FreeBSD's s_cbrt.c: a bit-level estimate good to about
	// 5 bits, one rational step to about 23 bits, rounding to 22 bits so
	// that t*t is exact, then one Newton step.
	const (
		bias1 = 715094163                   // (682-0.03306235651)*2**20
		bias2 = 696219795                   // (664-0.03306235651)*2**20
		c     = 5.42857142857142815906e-01  // 19/35
		d     = -7.05306122448979611050e-01 // -864/1225
		e     = 1.41428571428571436819e+00  // 99/70
		f     = 1.60714285714285720630e+00  // 45/28
		g     = 3.57142857142857150787e-01  // 5/14
	)
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	t := Float64frombits(Float64bits(x)/3 + bias1<<32)
	if x < 0x1p-1022 {
		// Subnormal: estimate from x scaled up by 2**54.
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + bias2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}
