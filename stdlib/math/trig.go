package math

import "math/bits"

// Sin, Cos, Tan and Sincos use the Cephes method: reduce x to z in
// [-π/4, π/4] and an octant j, then evaluate a polynomial for sin or cos
// of z.  Below 2**29 the reduction subtracts j·π/4 in three exactly
// representable pieces; above, trigReduce uses the bits of 4/π (Payne and
// Hanek).

// Cephes sin and cos coefficients, highest power first.
var sinCoef = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// π/4 split into three parts whose products with a small integer are exact.
const (
	pi4A = 7.85398125648498535156e-1
	pi4B = 3.77489470793079817668e-8
	pi4C = 2.69515142907905952645e-15
)

// reduceThreshold is where the three-part reduction stops being exact.
const reduceThreshold = 1 << 29

// octant reduces x >= 0 to an even octant j (mod 8) and the remainder z.
func octant(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		// Round the odd octants up so that z is centred on zero.
		j++
		y++
	}
	j &= 7
	z = ((x - y*pi4A) - y*pi4B) - y*pi4C
	return j, z
}

func sinPoly(z, zz float64) float64 {
	return z + z*zz*((((((sinCoef[0]*zz)+sinCoef[1])*zz+sinCoef[2])*zz+sinCoef[3])*zz+sinCoef[4])*zz+sinCoef[5])
}

func cosPoly(zz float64) float64 {
	return 1.0 - 0.5*zz + zz*zz*((((((cosCoef[0]*zz)+cosCoef[1])*zz+cosCoef[2])*zz+cosCoef[3])*zz+cosCoef[4])*zz+cosCoef[5])
}

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64 { return cos(x) }

func cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x))
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64 { return sin(x) }

func sin(x float64) float64 {
	switch {
	case x == 0 || x != x:
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	switch {
	case x == 0:
		return x, 1
	case x != x || IsInf(x, 0):
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := octant(x)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

var tanNum = [...]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var tanDen = [...]float64{
	1.00000000000000000000e0,
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 { return tan(x) }

func tan(x float64) float64 {
	switch {
	case x == 0 || x != x:
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var j uint64
	var z float64
	if x >= reduceThreshold {
		j, z = trigReduce(x)
	} else {
		// Like octant, without the reduction of j modulo 8.
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*pi4A) - y*pi4B) - y*pi4C
	}
	zz := z * z
	y := z
	if zz > 1e-14 {
		y = z + z*(zz*(((tanNum[0]*zz)+tanNum[1])*zz+tanNum[2])/((((zz+tanDen[1])*zz+tanDen[2])*zz+tanDen[3])*zz+tanDen[4]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// trigReduce reduces a large x (>= 2**29) modulo π/4: it returns the
// octant j (even, mod 8) and x - j·π/4, computed from x's 53-bit
// significand times the bits of 4/π that matter at x's exponent.
func trigReduce(x float64) (j uint64, z float64) {
	const pi4 = Pi / 4
	if x < pi4 {
		return 0, x
	}
	b := Float64bits(x)
	exp := int(b>>fracBits&expMask) - expBias - fracBits
	m := b&fracMask | 1<<fracBits
	// The 192 bits of 4/π starting 61 bits before the binary point of
	// x·4/π; earlier bits only add multiples of 8 (whole turns).
	word, sh := uint(exp+61)/64, uint(exp+61)%64
	w0 := fourOverPi[word]<<sh | fourOverPi[word+1]>>(64-sh)
	w1 := fourOverPi[word+1]<<sh | fourOverPi[word+2]>>(64-sh)
	w2 := fourOverPi[word+2]<<sh | fourOverPi[word+3]>>(64-sh)
	// m × (w0, w1, w2), keeping the top 128 bits modulo 2**128.
	p2hi, _ := bits.Mul64(w2, m)
	p1hi, p1lo := bits.Mul64(w1, m)
	p0lo := w0 * m
	lo, carry := bits.Add64(p1lo, p2hi, 0)
	hi, _ := bits.Add64(p0lo, p1hi, carry)
	// The top 3 bits are the octant; the rest is the fraction.
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(expBias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - fracBits
	hi |= e << fracBits
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * pi4
}

// fourOverPi holds the binary expansion of 4/π, 64 bits a word, starting
// with its integer part.
var fourOverPi = [...]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
