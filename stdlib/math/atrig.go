package math

// Asin returns the arcsine of x in radians; NaN for |x| > 1.
func Asin(x float64) float64 { return asin(x) }

func asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x > 1 {
		return NaN()
	}
	// asin(x) = atan(x / √(1-x²)), with the complementary form near 1.
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = Pi/2 - atanReduced(t/x)
	} else {
		t = atanReduced(x / t)
	}
	if neg {
		t = -t
	}
	return t
}

// Acos returns the arccosine of x in radians; NaN for |x| > 1.
func Acos(x float64) float64 { return acos(x) }

func acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan returns the arctangent of x in radians.
func Atan(x float64) float64 { return atan(x) }

func atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanReduced(x)
	}
	return -atanReduced(-x)
}

// atanKernel is Cephes' rational approximation of atan on [0, 0.66].
func atanKernel(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// atanReduced returns atan(x) for x >= 0, reducing to [0, 0.66] with
// atan(x) = π/2 - atan(1/x) or π/4 + atan((x-1)/(x+1)).
func atanReduced(x float64) float64 {
	const (
		moreBits = 6.123233995736765886130e-17 // π/2 minus its float64
		tan3pi8  = 2.41421356237309504880
	)
	if x <= 0.66 {
		return atanKernel(x)
	}
	if x > tan3pi8 {
		return Pi/2 - atanKernel(1/x) + moreBits
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*moreBits
}

// Atan2 returns the arctangent of y/x, using the signs of both to pick the
// quadrant.
func Atan2(y, x float64) float64 { return atan2(y, x) }

func atan2(y, x float64) float64 {
	switch {
	case y != y || x != x:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}
