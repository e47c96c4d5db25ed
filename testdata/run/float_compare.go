// Float comparisons: ordering, equality of -0 and +0, mixed with integer conversions.
package main

func max(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(1.5 < 2.5, 2.5 <= 2.5, 3.0 > 3.0, 3.0 >= 3.0, 1.0 != 1.0)
	var z float64
	nz := -z
	println(z == nz, z < nz, z > nz)
	a := 0.1 * 3
	println(a == 0.3, a > 0.3, a-0.3)
	println(max(1.25, -4), max(-1e9, -1e10))
	var f32 float32 = 0.1
	println(float64(f32) == 0.1, f32 == 0.1)
	x := 1e16
	println(x+1 == x, x+2 == x)
}
