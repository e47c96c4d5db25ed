// Structs with comparable fields compare field by field with == and !=.
package main

type Point struct{ X, Y int }

type Labeled struct {
	P     Point
	Name  string
	Score float64
	On    bool
}

func main() {
	p := Point{1, 2}
	q := Point{1, 2}
	r := Point{2, 1}
	println(p == q, p != q, p == r)
	a := Labeled{p, "a", 1.5, true}
	b := Labeled{q, "a", 1.5, true}
	println(a == b)
	b.Score = 2
	println(a == b, a.P == b.P)
	var z1, z2 Labeled
	println(z1 == z2)
	z2.Score = -z1.Score
	println(z1 == z2)
	println(Point{3, 4} == Point{X: 3, Y: 4})
}
