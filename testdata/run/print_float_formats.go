// println of float32 and float64 values across magnitudes, signs, infinities and NaN.
package main

func main() {
	var zero float64
	vals := []float64{0, 1, -1, 0.1, 123.456, 1e20, 1e21, 1e-5, 1e-7, 3.0e100, 5e-324, 1.7976931348623157e308, 1 / zero, -1 / zero, zero / zero, -zero}
	for _, v := range vals {
		println(v)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45}
	for _, v := range f32s {
		println(v)
	}
	print(2.5, " ", float32(2.5), "\n")
}
