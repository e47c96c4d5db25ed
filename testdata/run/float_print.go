// println prints float64 in the shortest form that reads back exactly (Go 1.26's format).
package main

func main() {
	println(1.5, 0.1, 2.0, 100.0, 1e6, 1e20, 1e21, 1e100)
	println(123456789.0, 1234567890123.0, 0.000001, 0.0000001, 1e-7)
	println(3.141592653589793, 2.718281828459045)
	println(-0.5, -1e-300, 5e-324, 1.7976931348623157e308)
	x := 1.0
	for i := 0; i < 25; i++ {
		x *= 10
	}
	println(x)
	y := 1.0
	for i := 0; i < 8; i++ {
		y /= 10
	}
	println(y)
	println(float64(1)/3, float64(2)/3, 100.0/7)
	var z float64 = 0
	println(z, 1e15, 1e16, 123456.789)
}
