// min and max on floats: NaN wins, -0 is smaller than +0, infinities, float32.
package main

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	println(min(1.5, 2.5), max(1.5, 2.5))
	println(min(1.0, nan), max(nan, 1.0), min(nan, inf))
	println(min(zero, negz), max(negz, zero), min(negz, zero), max(zero, negz))
	println(min(inf, -inf), max(-inf, 5))
	var f32 float32 = 3.25
	println(min(f32, 1), max(f32, 10))
	x := 2.0
	println(min(x, 3), max(x, 1))
	const c = max(1.5, 2)
	println(c)
}
