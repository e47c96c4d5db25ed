// The forms of var declarations: typed, inferred, grouped, multiple names, := redeclaration.
package main

var (
	one       = 1
	two, three = 2, "three"
	four      int64 = 4
	five, six float32
)

func main() {
	println(one, two, three, four, five, six)
	var a, b, c = 1, 2.5, "c"
	println(a, b, c)
	d, e := 10, 20
	println(d, e)
	d, f := 30, 40
	println(d, f)
	var g int
	g, h := 5, 6
	println(g, h)
	var (
		i uint8 = 200
		j       = i + 100
	)
	println(i, j)
}
