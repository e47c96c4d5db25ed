// Structs are values: assignment, parameters and results copy every field, nested arrays included.
package main

type Vec struct {
	x, y int
	tags [2]string
}

func move(v Vec, dx int) Vec {
	v.x += dx
	v.tags[0] = "moved"
	return v
}

func main() {
	a := Vec{1, 2, [2]string{"a", "b"}}
	b := a
	b.y = 20
	b.tags[1] = "B"
	println(a.x, a.y, a.tags[0], a.tags[1])
	println(b.x, b.y, b.tags[0], b.tags[1])
	c := move(a, 5)
	println(a.x, a.tags[0], c.x, c.tags[0])
	a = c
	c.x = 0
	println(a.x, c.x)
}
