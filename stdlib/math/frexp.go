package math

// Frexp breaks f into a fraction in [0.5, 1) and a power of two:
// f == frac × 2**exp.  Zeros, infinities and NaN come back unchanged with
// exp 0.
func Frexp(f float64) (frac float64, exp int) { return frexp(f) }

func frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || f != f {
		return f, 0
	}
	f, exp = scaleSubnormal(f)
	b := Float64bits(f)
	exp += int(b>>fracBits&expMask) - (expBias - 1)
	b = b&^(expMask<<fracBits) | (expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64 { return ldexp(frac, exp) }

func ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || frac != frac {
		return frac
	}
	frac, e := scaleSubnormal(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>fracBits&expMask) - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	// A subnormal result is built as a normal number 2**53 times too big,
	// then scaled down by one multiplication, which rounds correctly.
	scale := 1.0
	if exp < -1022 {
		exp += 53
		scale = 1.0 / (1 << 53)
	}
	b = b&^(expMask<<fracBits) | uint64(exp+expBias)<<fracBits
	return scale * Float64frombits(b)
}

// Ilogb returns the binary exponent of x as an integer; MinInt32 for 0,
// MaxInt32 for ±Inf and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case x != x || IsInf(x, 0):
		return MaxInt32
	}
	return binaryExponent(x)
}

// Logb returns the binary exponent of x as a float64: -Inf for 0, +Inf for
// ±Inf, x for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case x != x:
		return x
	}
	return float64(binaryExponent(x))
}

func binaryExponent(x float64) int {
	y, e := scaleSubnormal(x)
	return int(Float64bits(y)>>fracBits&expMask) - expBias + e
}

// Nextafter returns the next representable float64 after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case x != x || y != y:
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
