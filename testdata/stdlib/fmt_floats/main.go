// fmt_floats: floats across all magnitudes (random bit patterns, powers of
// ten and of two, halfway cases, subnormals), float32 and float64, with
// every float verb, several precisions and the '#', '+', ' ', '0' flags.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

var formats = []string{"%v", "%e", "%E", "%f", "%F", "%g", "%G", "%b", "%x", "%X",
	"%.0e", "%.3e", "%.17e", "%.0f", "%.2f", "%.10f", "%.0g", "%.1g", "%.5g", "%.17g", "%.30g",
	"%#g", "%#.3g", "%#v", "%#.0f", "%#.0e", "%#x", "%.2x", "%+.3v", "% .4g", "%012.4f", "%-12.2e|", "%+012g", "%#10.3G"}

func line(v any) {
	fmt.Printf("%v:", v)
	for _, f := range formats {
		fmt.Printf(" %s", fmt.Sprintf(f, v))
	}
	fmt.Println()
}

func main() {
	var special []float64
	for e := -330; e <= 310; e += 7 {
		special = append(special, math.Pow(10, float64(e)))
	}
	for e := -1080; e <= 1030; e += 13 {
		special = append(special, math.Ldexp(1, e), -math.Ldexp(1.5, e))
	}
	special = append(special, 0.5, 1.5, 2.5, 0.125, 0.05, 0.15, 0.25, 0.35, 1e23, 8.41e21, 5e-324,
		4.9406564584124654e-324, 2.2250738585072014e-308, 2.2250738585072011e-308,
		math.MaxFloat64, math.Nextafter(1, 2), math.Nextafter(1, 0), 1<<53, 1<<53+1, 123456789012345678,
		0.1+0.2, 1.0/3, 2.0/3, 100, 1e15, 1e16, 1e17, 1e20, 1e21, 1e-4, 1e-5, 9.5, 99.5, 0.95, 0.995)
	for _, f := range special {
		line(f)
		line(float32(f))
	}
	for i := 0; i < 400; i++ {
		b := next()
		f := math.Float64frombits(b)
		if math.IsNaN(f) {
			continue
		}
		line(f)
		line(math.Float32frombits(uint32(b >> 32)))
		// a value with few digits
		line(float64(int64(b%2000000)-1000000) / 1000)
	}
	for _, c := range []complex128{0, complex(1, -2), complex(-0.5, 1e-10), complex(math.Inf(-1), math.NaN())} {
		line(c)
		line(complex64(c))
	}
}
