// Conversions float->int truncate toward zero; int->float round to nearest.
package main

func main() {
	fs := [8]float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 255.99, 3}
	for i := 0; i < 8; i++ {
		f := fs[i]
		println(f, int(f), int64(f))
	}
	println(int32(fs[1]), int16(fs[6]), int8(fs[1]))
	var big int64 = 1<<53 + 1
	println(float64(big), int64(float64(big)))
	var u uint64 = 1<<64 - 1
	println(float64(u))
	var small float64 = 200.7
	println(uint8(small), uint16(small))
	var n int = -7
	println(float64(n)/2, float32(n)/2)
	var r float32 = 2.5
	println(int(r), int(-r))
	var m int64 = 9007199254740993
	println(float32(m), float64(m))
}
