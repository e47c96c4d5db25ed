// Codegen corner cases: range assigning to an interface variable, len/cap of
// a nil *[N]T from a call, zero-size package variables at zerobase, a local
// type with a package type's name, and a tuple assignment that panics
// halfway (the map store before the nil dereference happens).
package main

type T struct{}

func f() *[4]int { println("f called"); return nil }

var x [0]int
var p = new([0]int)

func g() any {
	type T struct{ a int }
	return T{1}
}

func main() {
	var e any
	for _, e = range []int{5, 6} {
	}
	println(e.(int))
	println(len(f()), cap(f()))
	println(&x == p)
	_, ok := g().(T)
	println(ok)
	m := map[int]int{}
	var q *int
	defer func() {
		recover()
		println(len(m), m[2])
	}()
	m[2], *q = 42, 2
}
