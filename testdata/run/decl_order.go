// Functions, types, constants and variables can be used before their declaration.
package main

func main() {
	var p Point = origin()
	p.X = scale * 2
	println(p.X, p.Y, describe(p))
	println(total)
}

var total = sum(3, 4) + offset

func describe(p Point) string {
	if p.X > p.Y {
		return "right"
	}
	return "left"
}

func sum(a, b int) int { return a + b }

const offset = 10

type Point struct {
	X, Y int
}

func origin() Point { return Point{0, scale} }

const scale = 21
