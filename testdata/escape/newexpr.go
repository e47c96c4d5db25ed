// errorcheck -0 -m -l

// Go 1.26's new(v): a new variable holding v, a temporary that is moved
// to the heap when its address escapes.

package main

var gp *int

type Point struct{ X, Y int }

func newLocal() int {
	p := new(42)
	return *p
}

func newEscapes() *int {
	return new(7) // ERROR "moved to heap: \.autotmp_1"
}

func newFromVar(x int) {
	gp = new(x * 2) // ERROR "moved to heap: \.autotmp_1"
}

func newStruct() *Point {
	return new(Point{1, 2}) // ERROR "moved to heap: \.autotmp_1"
}

func newPointers(q *int) **int { // ERROR "leaking param: q"
	return new(q) // ERROR "moved to heap: \.autotmp_2"
}

var global = new(100) // ERROR "moved to heap: \.autotmp_0"

func main() {
	println(newLocal(), *newEscapes(), newStruct().X, *global)
	newFromVar(3)
	_ = newPointers(nil)
}
