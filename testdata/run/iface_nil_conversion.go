// Converting nil: untyped nil to interfaces, pointers, slices, maps, funcs; explicit conversions of nil.
package main

type I interface{ M() }

func isNil(v any) bool { return v == nil }

func main() {
	var i I = nil
	println(i == nil, isNil(i), isNil(nil))
	println(isNil((*int)(nil)), isNil([]int(nil)), isNil(map[int]int(nil)), isNil((func())(nil)))
	var e error = error(nil)
	println(e == nil)
	a := any(nil)
	println(a == nil)
	var ii I = I(nil)
	println(ii == nil, isNil(ii))
	p := (*struct{ x int })(nil)
	println(p == nil)
}
