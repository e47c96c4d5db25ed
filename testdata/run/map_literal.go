// Map composite literals: string, int and struct keys, elided element types and nested literals.
package main

type Point struct{ X, Y int }

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	println(len(m), m["one"], m["three"])
	pm := map[Point]string{{1, 2}: "a", {X: 3}: "b"}
	println(pm[Point{1, 2}], pm[Point{3, 0}], len(pm))
	nested := map[string][]int{"a": {1, 2}, "b": nil}
	println(len(nested["a"]), nested["b"] == nil)
	mm := map[int]map[string]bool{1: {"x": true}}
	println(mm[1]["x"], mm[1]["y"], mm[2]["x"])
	ptrs := map[string]*Point{"p": {5, 6}}
	println(ptrs["p"].Y)
	empty := map[int]int{}
	println(len(empty), empty == nil)
}
