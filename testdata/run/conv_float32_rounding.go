// float64 to float32 conversion rounds to nearest; float32 arithmetic results are rounded each step.
package main

func main() {
	d := 0.1
	f := float32(d)
	println(f, float64(f) == d, float64(f))
	var acc32 float32
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc32 += 0.1
		acc64 += 0.1
	}
	println(acc32, acc64)
	huge := 1e39
	println(float32(16777217.0), float32(huge))
	x := float32(1) / 3
	y := float64(x) * 3
	println(x*3, y)
	var big float64 = 1e-46
	println(float32(big))
}
