// Package main exercises package math over many inputs and prints, per
// function, the number of inputs and an FNV-1a hash of the result bits
// (with -v: every input and result).  scripts/test-stdlib-gc.sh compares
// the output for Go's math and tgo's.
package main

import (
	"fmt"
	"math"
	"os"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

// rng is xorshift64*, so that the inputs are the same everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func (r *rng) float(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(r.next()>>11)/(1<<53)
}

var special = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1.5, -1.5, 2.5, -2.5,
	0.1, -0.1, 0.7, 0.75, 0.9999999999999999, 1.0000000000000002, -0.9999999999999999,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 2 * math.Pi, 1e10 * math.Pi,
	math.E, math.Ln2, math.Sqrt2, math.Sqrt2 / 2, 1e-300, -1e-300, 1e300, -1e300,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	0x1p-1022, -0x1p-1022, 0x1p-1023, 0x1.fffffffffffffp-1023, 4.9e-324 * 3,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0x7FF0000000000001),
	math.Float64frombits(0xFFF8000000000000), math.Float64frombits(0xFFF0000000000123),
	1 << 29, 1<<29 + 0.5, 1 << 52, 1<<52 + 1, 1 << 53, 1<<53 + 2, 1 << 63, 1 << 64, -(1 << 63),
	709.78, 709.782712893384, 709.7827128933841, -745.1, -745.13321910194122, -745.2, -708.4, -708.5,
	-720, 1023.9, 1024, -1074, -1075, -1022.5, 88.7, 44.01, 21, 21.5, 0.625, 0.84375, 1.25, 6,
	2.857142, 0.66, 2.414213562373095, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-55, 1e-8, 1e-20,
	0.4142135623730950, -0.2928932188134524, 0.34657359027997264, 1.0397207708399179, 38.816242111356935,
	1e15, 1e16, 4503599627370495.5, -4503599627370495.5, 4503599627370497, 0.49999999999999994,
	-0.49999999999999994, 123456789.5, -123456789.5, 7.5, -7.5, 8.5,
}

func inputs(seed uint64, lo, hi float64) []float64 {
	r := &rng{seed}
	xs := append([]float64(nil), special...)
	for i := 0; i < 3000; i++ {
		xs = append(xs, math.Float64frombits(r.next()))
	}
	for i := 0; i < 3000; i++ {
		xs = append(xs, r.float(lo, hi))
	}
	for i := 0; i < 3000; i++ {
		// log-uniform magnitude with a random sign
		e := int(r.next()%2100) - 1075
		m := 1 + float64(r.next()>>12)/(1<<52)
		x := math.Ldexp(m, e)
		if r.next()&1 == 0 {
			x = -x
		}
		xs = append(xs, x)
	}
	for i := 0; i < 1000; i++ {
		// small integers, halves and quarters
		xs = append(xs, float64(int64(r.next()%4001)-2000)/4)
	}
	for i := 0; i < 500; i++ {
		// neighbours of integers and powers of two
		x := math.Ldexp(1, int(r.next()%200)-100)
		if i%2 == 0 {
			x = float64(int64(r.next()%100000) - 50000)
		}
		xs = append(xs, math.Nextafter(x, math.Inf(1)), math.Nextafter(x, math.Inf(-1)))
	}
	return xs
}

type hasher struct {
	name string
	n    int
	h    uint64
}

func newHasher(name string) *hasher { return &hasher{name: name, h: 14695981039346656037} }

func (h *hasher) add(vals ...uint64) {
	for _, v := range vals {
		for i := 0; i < 8; i++ {
			h.h ^= v & 0xff
			h.h *= 1099511628211
			v >>= 8
		}
	}
}

func (h *hasher) done() { fmt.Printf("%-12s %6d %016x\n", h.name, h.n, h.h) }

func b(x float64) uint64 { return math.Float64bits(x) }

func unary(name string, f func(float64) float64, lo, hi float64) {
	h := newHasher(name)
	for _, x := range inputs(uint64(len(name))*7919+1, lo, hi) {
		y := f(x)
		h.n++
		h.add(b(x), b(y))
		if verbose {
			fmt.Printf("%s(%x) = %x  [%v = %v]\n", name, b(x), b(y), x, y)
		}
	}
	h.done()
}

func binary(name string, f func(x, y float64) float64, lo, hi float64) {
	h := newHasher(name)
	xs := inputs(uint64(len(name))*104729+3, lo, hi)
	ys := inputs(uint64(len(name))*1299709+5, lo, hi)
	r := &rng{99}
	for i := range xs {
		x, y := xs[i], ys[i]
		if i%3 == 1 {
			y = ys[r.next()%uint64(len(special))]
		}
		if i%3 == 2 {
			x = xs[r.next()%uint64(len(special))]
		}
		z := f(x, y)
		h.n++
		h.add(b(x), b(y), b(z))
		if verbose {
			fmt.Printf("%s(%x, %x) = %x  [%v, %v = %v]\n", name, b(x), b(y), b(z), x, y, z)
		}
	}
	h.done()
}

// Calls through func values reach the functions' bodies, not gc's
// intrinsics.  For FMA the results agree; for Floor, Ceil, Trunc and
// RoundToEven they differ on signalling NaNs (Go's assembly returns them
// unchanged, ROUNDSD quiets them), and tgo follows the direct calls.
var fma = math.FMA

func main() {
	unary("Sqrt", func(x float64) float64 { return math.Sqrt(x) }, 0, 1e6)
	unary("Abs", func(x float64) float64 { return math.Abs(x) }, -10, 10)
	unary("Floor", func(x float64) float64 { return math.Floor(x) }, -1e6, 1e6)
	unary("Ceil", func(x float64) float64 { return math.Ceil(x) }, -1e6, 1e6)
	unary("Trunc", func(x float64) float64 { return math.Trunc(x) }, -1e6, 1e6)
	unary("Round", func(x float64) float64 { return math.Round(x) }, -1e6, 1e6)
	unary("RoundToEven", func(x float64) float64 { return math.RoundToEven(x) }, -1e6, 1e6)
	unary("Exp", math.Exp, -750, 720)
	unary("Exp/small", math.Exp, -2, 2)
	unary("Exp2", math.Exp2, -1080, 1030)
	unary("Expm1", math.Expm1, -50, 50)
	unary("Log", math.Log, 0, 100)
	unary("Log/near1", math.Log, 0.5, 2)
	unary("Log2", math.Log2, 0, 1e10)
	unary("Log10", math.Log10, 0, 1e10)
	unary("Log1p", math.Log1p, -1, 10)
	unary("Sin", math.Sin, -100, 100)
	unary("Cos", math.Cos, -100, 100)
	unary("Tan", math.Tan, -100, 100)
	unary("Sin/big", math.Sin, 1e8, 1e18)
	unary("Cos/big", math.Cos, -1e18, -1e8)
	unary("Tan/big", math.Tan, 1e9, 1e300)
	unary("Asin", math.Asin, -1, 1)
	unary("Acos", math.Acos, -1, 1)
	unary("Atan", math.Atan, -10, 10)
	unary("Sinh", math.Sinh, -30, 30)
	unary("Cosh", math.Cosh, -30, 30)
	unary("Tanh", math.Tanh, -50, 50)
	unary("Asinh", math.Asinh, -1e3, 1e3)
	unary("Acosh", math.Acosh, 1, 1e3)
	unary("Atanh", math.Atanh, -1, 1)
	unary("Cbrt", math.Cbrt, -1e6, 1e6)
	unary("Logb", math.Logb, -1e6, 1e6)
	unary("Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }, -1e6, 1e6)
	unary("Frexp", func(x float64) float64 {
		f, e := math.Frexp(x)
		return f + float64(e)*1e-300
	}, -1e6, 1e6)
	unary("Frexp.f", func(x float64) float64 { f, _ := math.Frexp(x); return f }, -1e6, 1e6)
	unary("Frexp.e", func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }, -1e6, 1e6)
	unary("Modf.i", func(x float64) float64 { i, _ := math.Modf(x); return i }, -1e6, 1e6)
	unary("Modf.f", func(x float64) float64 { _, f := math.Modf(x); return f }, -1e6, 1e6)
	unary("Sincos.s", func(x float64) float64 { s, _ := math.Sincos(x); return s }, -100, 100)
	unary("Sincos.c", func(x float64) float64 { _, c := math.Sincos(x); return c }, -100, 100)
	unary("Signbit", func(x float64) float64 {
		if math.Signbit(x) {
			return 1
		}
		return 0
	}, -1, 1)
	unary("IsNaN/IsInf", func(x float64) float64 {
		v := 0.0
		if math.IsNaN(x) {
			v += 1
		}
		if math.IsInf(x, 0) {
			v += 2
		}
		if math.IsInf(x, 1) {
			v += 4
		}
		if math.IsInf(x, -1) {
			v += 8
		}
		return v
	}, -1, 1)
	unary("Float32", func(x float64) float64 {
		f := float32(x)
		return float64(math.Float32bits(f)) + float64(math.Float32frombits(math.Float32bits(f)))
	}, -1e6, 1e6)
	unary("Erf", math.Erf, -7, 7)
	unary("Erfc", math.Erfc, -7, 30)
	unary("Erfinv", math.Erfinv, -1, 1)
	unary("Erfcinv", math.Erfcinv, 0, 2)
	unary("Gamma", math.Gamma, -180, 180)
	unary("Gamma/small", math.Gamma, -5, 5)
	unary("Lgamma", func(x float64) float64 { l, _ := math.Lgamma(x); return l }, -50, 200)
	unary("Lgamma/small", func(x float64) float64 { l, _ := math.Lgamma(x); return l }, -3, 9)
	unary("Lgamma.sign", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) }, -50, 50)
	unary("J0", math.J0, -60, 60)
	unary("J1", math.J1, -60, 60)
	unary("Y0", math.Y0, 0, 60)
	unary("Y1", math.Y1, 0, 60)
	for _, n := range []int{-5, -2, 2, 3, 7, 40, 200} {
		n := n
		unary(fmt.Sprint("Jn", n), func(x float64) float64 { return math.Jn(n, x) }, -100, 100)
		unary(fmt.Sprint("Yn", n), func(x float64) float64 { return math.Yn(n, x) }, 0, 100)
	}
	unary("Pow10", func(x float64) float64 { return math.Pow10(int(math.Mod(x, 700))) }, -700, 700)

	binary("Pow", math.Pow, -10, 10)
	binary("Pow/pos", func(x, y float64) float64 { return math.Pow(math.Abs(x), y/8) }, 0, 100)
	binary("Pow/int", func(x, y float64) float64 { return math.Pow(x, math.Trunc(y*4)) }, -3, 3)
	binary("Atan2", math.Atan2, -10, 10)
	binary("Mod", math.Mod, -1e5, 1e5)
	binary("Remainder", math.Remainder, -1e5, 1e5)
	binary("Hypot", math.Hypot, -1e5, 1e5)
	binary("Max", math.Max, -10, 10)
	binary("Min", math.Min, -10, 10)
	binary("Dim", math.Dim, -10, 10)
	binary("Copysign", func(x, y float64) float64 { return math.Copysign(x, y) }, -10, 10)
	binary("Nextafter", math.Nextafter, -10, 10)
	binary("Nextafter32", func(x, y float64) float64 {
		return float64(math.Nextafter32(float32(x), float32(y)))
	}, -10, 10)
	binary("Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(math.Mod(y, 2200))) }, -1e4, 1e4)
	binary("FMA", func(x, y float64) float64 { return math.FMA(x, y, x-y) }, -1e3, 1e3)
	binary("FMA/2", func(x, y float64) float64 { return math.FMA(x, -x, y) }, -1e3, 1e3)
	binary("FMA/3", func(x, y float64) float64 { return math.FMA(x, y, -x*y) }, -1e3, 1e3)
	binary("FMA/4", func(x, y float64) float64 { return math.FMA(x, 1/y, -1) }, -1e3, 1e3)
	binary("FMA/fv", func(x, y float64) float64 { return fma(x, y, y) }, -1e3, 1e3)
	binary("FMA/5", func(x, y float64) float64 { return math.FMA(x*0x1p-540, y*0x1p-540, y*0x1p-1070) }, -1e3, 1e3)

	fmaStress()

	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16,
		math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8,
		math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN())
}

// fmaStress tries x*y+z with z close to -x*y in magnitude (cancellation),
// results near the subnormal range and overflow, and random bit patterns.
func fmaStress() {
	h := newHasher("FMA/stress")
	r := &rng{12345}
	for i := 0; i < 300000; i++ {
		var x, y, z float64
		switch i % 4 {
		case 0:
			x, y, z = math.Float64frombits(r.next()), math.Float64frombits(r.next()), math.Float64frombits(r.next())
		case 1:
			x = math.Ldexp(r.float(1, 2), int(r.next()%80)-40)
			y = math.Ldexp(r.float(-2, 2), int(r.next()%80)-40)
			z = -x * y * (1 + float64(int(r.next()%9)-4)*0x1p-52)
		case 2:
			x = math.Ldexp(r.float(-2, 2), int(r.next()%600)-1100)
			y = math.Ldexp(r.float(-2, 2), int(r.next()%80))
			z = math.Ldexp(r.float(-2, 2), int(r.next()%200)-1100)
		case 3:
			x = math.Ldexp(r.float(-2, 2), int(r.next()%100)+500)
			y = math.Ldexp(r.float(-2, 2), int(r.next()%100)+420)
			z = math.Ldexp(r.float(-2, 2), 1023)
		}
		v := math.FMA(x, y, z)
		h.n++
		h.add(b(x), b(y), b(z), b(v))
		if verbose {
			fmt.Printf("FMA(%x, %x, %x) = %x\n", b(x), b(y), b(z), b(v))
		}
	}
	h.done()
}
