// float32 arithmetic rounds to single precision; conversions between float32 and float64.
package main

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	println(a+b, a+b == 0.3)
	println(float64(a))
	var c float32 = 16777216
	println(c+1, c+2)
	var third float32 = 1.0 / 3
	println(third, float64(third))
	d := float32(1e10)
	println(d * d, d / 3)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	println(sum)
	f := 0.1
	println(float32(f), float64(float32(f)) == f)
	var tiny float32 = 1e-45
	println(tiny, tiny/2)
}
