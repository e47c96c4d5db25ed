// Integer to float conversion: exact small values, rounding of large int64/uint64, float32 precision.
package main

func main() {
	println(float64(3), float64(-7), float32(1<<24+1))
	var big int64 = 1<<62 + 1
	println(float64(big))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	var u2 uint64 = 1 << 63
	println(float64(u2))
	var m int64 = -1 << 63
	println(float64(m))
	for _, i := range []int{0, 1, 16777217, 123456789} {
		println(float32(i), float64(i))
	}
	var b byte = 255
	println(float64(b) / 2)
	x := 7
	println(float64(x)/2, x/2)
}
