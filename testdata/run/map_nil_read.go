// A nil map reads as empty: lookups give zero values, len is 0, range and delete do nothing.
package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	println(v, ok)
	delete(m, "x")
	for range m {
		println("never")
	}
	var mm map[int][]int
	println(len(mm[3]), mm[3] == nil)
	type T struct{ m map[int]bool }
	var t T
	println(t.m[1])
}
