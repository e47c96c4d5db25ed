// Negative zero prints as -0 (float64 and float32); integer zero has no sign.
package main

func main() {
	var z float64
	nz := -z
	println(z, nz)
	var z32 float32
	println(-z32)
	println(nz*1, nz+0, nz-0, -nz)
	small := -1e-200
	println(small*1e-200)
	n := 0
	println(-n)
	println(0 * -1.0)
	x := -1.0
	println(x * 0)
}
