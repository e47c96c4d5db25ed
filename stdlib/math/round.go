package math

// Where the CPU has SSE4.1, gc compiles direct calls of Floor, Ceil, Trunc
// and RoundToEven to the ROUNDSD instruction, which returns a signalling
// NaN quieted; quietNaN reproduces that.  (Only calls through a func value
// reach Go's assembly, which returns any NaN unchanged.)
func quietNaN(x float64) float64 { return Float64frombits(Float64bits(x) | 1<<51) }

// Trunc returns the integer value of x, rounding toward zero.
func Trunc(x float64) float64 { return trunc(x) }

func trunc(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>fracBits&expMask) - expBias // unbiased exponent
	switch {
	case e >= fracBits:
		// Already an integer, or Inf, or NaN.
		if e == expMask-expBias && b&fracMask != 0 {
			return quietNaN(x)
		}
		return x
	case e < 0:
		// |x| < 1: a zero of the same sign.
		return Float64frombits(b & signBit)
	}
	// Clear the fraction bits below the binary point.
	return Float64frombits(b &^ (fracMask >> uint(e)))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < t {
		// x was negative with a fraction: truncation went up.
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	t := Trunc(x)
	if x > t {
		// x was positive with a fraction: truncation went down.
		return t + 1
	}
	return t
}

// Modf returns the integer and fractional parts of f; both carry f's sign.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	frac = Copysign(f-int, f)
	return
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	// gc inlines Round: one Float64bits, one Float64frombits, as in Go.
	bits := Float64bits(x)
	e := uint(bits>>fracBits) & expMask
	if e < expBias {
		// |x| < 1: ±0, or ±1 from 0.5 up
		bits &= signBit
		if e == expBias-1 {
			bits |= bitsOne
		}
	} else if e < expBias+fracBits {
		// Add one half (in units of the integer's last place), then drop
		// the fraction; a carry into the exponent is the right answer.
		// Larger exponents are integers, infinities or NaNs already.
		const half = 1 << (fracBits - 1)
		e -= expBias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := uint(b>>fracBits) & expMask
	switch {
	case e >= expBias+fracBits:
		if e == expMask && b&fracMask != 0 {
			return quietNaN(x)
		}
		return x
	case e >= expBias:
		// Add just under one half, plus the integer part's lowest bit, so
		// that exact halves carry only when the integer part is odd.
		sh := e - expBias
		b += ((1<<(fracBits-1) - 1) + (b>>(fracBits-sh))&1) >> sh
		b &^= fracMask >> sh
		return Float64frombits(b)
	case e == expBias-1 && b&fracMask != 0:
		// 0.5 < |x| < 1
		return Float64frombits(b&signBit | bitsOne)
	}
	// |x| <= 0.5
	return Float64frombits(b & signBit)
}
