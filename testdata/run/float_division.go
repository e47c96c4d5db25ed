// Float division by zero at run time gives infinities or NaN, never a panic.
package main

func div(a, b float64) float64 { return a / b }

func main() {
	println(div(1, 0), div(-1, 0), div(0, 0))
	var z32 float32
	var one32 float32 = 1
	println(one32/z32, -one32/z32)
	println(div(1, 3)*3, div(10, 4), div(-10, 4))
	println(div(5e-324, 2), div(1e-320, 1e10))
}
