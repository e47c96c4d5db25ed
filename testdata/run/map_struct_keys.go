// Structs as map keys: equal field values hit one entry; nested structs, strings and padding in keys.
package main

type Point struct{ X, Y int }
type Key struct {
	Name string
	P    Point
	Flag bool
	B    byte
}

func main() {
	m := map[Point]int{}
	m[Point{1, 2}] = 10
	m[Point{2, 1}] = 20
	p := Point{}
	p.X, p.Y = 1, 2
	m[p] += 5
	println(len(m), m[Point{1, 2}], m[Point{2, 1}], m[Point{}])
	km := map[Key]string{}
	km[Key{"a", Point{1, 1}, true, 3}] = "first"
	km[Key{"a", Point{1, 1}, false, 3}] = "second"
	name := "a"
	println(km[Key{name, Point{1, 1}, true, 3}], km[Key{"a", Point{1, 1}, false, 3}], len(km))
	visited := map[Point]bool{}
	x, y := 0, 0
	moves := "RRULLDDR"
	visited[Point{x, y}] = true
	for i := 0; i < len(moves); i++ {
		switch moves[i] {
		case 'R':
			x++
		case 'L':
			x--
		case 'U':
			y++
		case 'D':
			y--
		}
		visited[Point{x, y}] = true
	}
	println("visited", len(visited))
	type Empty struct{}
	em := map[Empty]int{}
	em[Empty{}] = 1
	em[Empty{}]++
	println(len(em), em[Empty{}])
}
