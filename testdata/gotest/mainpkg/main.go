// Command mainpkg is a package main with tests: its func main is an
// ordinary function under test, its types print as main.T.
package main

import "fmt"

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func add(a, b point) point { return point{a.x + b.x, a.y + b.y} }

func main() {
	fmt.Println(add(point{1, 2}, point{3, 4}))
}
