// Typed and untyped float constants: exact untyped arithmetic, rounding when typed, and default types.
package main

const third = 1.0 / 3
const big = 1e300 * 1e300 / 1e300
const f32 float32 = 0.1
const f64 float64 = 0.1

func main() {
	println(third)
	println(big)
	println(f32, f64)
	println(float64(f32) == f64)
	x := third * 3
	println(x == 1)
	var y float32 = third
	println(y)
	const h = 0.5
	var i int = h * 4
	println(i)
	println(1e-320 > 0, 2.5e-3)
	const exact = 0.1 + 0.2
	println(exact == 0.3)
	a, b := 0.1, 0.2
	println(a+b == 0.3)
	println(float32(1)/3, 1.0/3.0)
}
