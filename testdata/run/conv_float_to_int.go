// Float to integer conversion truncates toward zero (for in-range values), for every integer size.
package main

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 100.999, -100.999, 1e9 + 0.7, 0}
	for _, f := range fs {
		println(int(f), int8(int(f)%100), int32(f), int64(f))
	}
	u := []float64{3.99, 255.5, 65535.9, 1e10}
	for _, f := range u {
		println(uint64(f), uint32(f/1e5), uint8(int(f)%256))
	}
	var f32 float32 = -7.75
	println(int(f32), int16(f32), uint(f32*-1))
	big := 9007199254740993.0
	println(int64(big))
}
