// Types, constants and variables declared inside functions, including in nested blocks.
package main

func area() int {
	type rect struct{ w, h int }
	r := rect{3, 4}
	return r.w * r.h
}

func main() {
	type Celsius float64
	type pair [2]int
	const limit Celsius = 37.5
	var p pair
	p[0], p[1] = 1, 2
	println(p[0]+p[1], limit)
	println(area())
	{
		type pair struct{ a, b string }
		q := pair{"x", "y"}
		println(q.a + q.b)
	}
	var (
		i, j = 1, 2
		k    int
	)
	k = i + j
	println(k)
}
