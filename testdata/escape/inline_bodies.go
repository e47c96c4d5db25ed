// errorcheck -0 -m

// More inlined calls: boxing, slices, maps, switches, loops and labels in
// inlined bodies, closures called at once, mutual recursion, fmt.
package main

import "fmt"

type box struct{ v any }

func wrap(x int) box { return box{x} } // ERROR "can inline wrap" "x escapes to heap"

func grow(s []int, x int) []int { return append(s, x) } // ERROR "can inline grow" "leaking param: s to result ~r0 level=0" "append escapes to heap"

func lookup(m map[string]int, k string) (int, bool) { // ERROR "can inline lookup" "m does not escape" "k does not escape"
	v, ok := m[k]
	return v, ok
}

func kind(n int) string { // ERROR "can inline kind"
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	return "pos"
}

func find(xs []int, x int) int { // ERROR "can inline find" "xs does not escape"
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func even(n int) bool { // ERROR "can inline even"
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1) // ERROR "inlining call to even"
}

func twice(f func() int) int { return f() + f() } // ERROR "can inline twice" "f does not escape"

func sumTo(n int) (s int) { // ERROR "can inline sumTo"
	i := 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return
}

func deferred() (r int) {
	defer func() { r++ }() // ERROR "can inline deferred\.func1" "func literal does not escape"
	return kindLen(3) // ERROR "inlining call to kindLen" "inlining call to kind"
}

func kindLen(n int) int { return len(kind(n)) } // ERROR "can inline kindLen" "inlining call to kind"

func main() {
	b := wrap(7) // ERROR "inlining call to wrap" "7 escapes to heap"
	s := grow(nil, 1) // ERROR "inlining call to grow" "append escapes to heap"
	s = grow(s, 2) // ERROR "inlining call to grow" "append escapes to heap"
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	v, ok := lookup(m, "a") // ERROR "inlining call to lookup"
	k := 0
	t := twice(func() int { k++; return k }) // ERROR "can inline main\.func1" "inlining call to twice" "inlining call to main\.func1"
	n := func(a, b int) int { return a * b }(3, 4) // ERROR "can inline main\.func2" "inlining call to main\.func2"
	fmt.Println(b.v, s, v, ok, kind(-1), find(s, 2), even(4), t, n, sumTo(4), deferred()) // ERROR "inlining call to kind" "inlining call to find" "inlining call to even" "inlining call to sumTo" "inlining call to fmt\.Println" "\.\.\. argument does not escape" "s escapes to heap" "v escapes to heap" "ok escapes to heap" "~r0 escapes to heap" "t escapes to heap" "n escapes to heap" "deferred\(\) escapes to heap"
	println(more()) // ERROR "inlining call to more" "inlining call to \(\*buf\)\.add" "inlining call to keep" "inlining call to \(\*buf\)\.str" "inlining call to greet" "append escapes to heap" "make\(\[\]int, 3\) escapes to heap" "string\(b\.b\) does not escape" ".hello, . \+ name does not escape"
}

type buf struct{ b []byte }

func (b *buf) add(c byte) { b.b = append(b.b, c) } // ERROR "can inline \(\*buf\)\.add" "leaking param content: b" "append escapes to heap"

func (b *buf) str() string { return string(b.b) } // ERROR "can inline \(\*buf\)\.str" "b does not escape" "string\(b\.b\) escapes to heap"

func greet(name string) string { return "hello, " + name } // ERROR "can inline greet" "name does not escape" ".hello, . \+ name escapes to heap"

var global []int

func keep(s []int) { global = s } // ERROR "can inline keep" "leaking param: s"

func more() string { // ERROR "can inline more"
	var b buf
	b.add('x') // ERROR "inlining call to \(\*buf\)\.add" "append escapes to heap"
	b.add('y') // ERROR "inlining call to \(\*buf\)\.add" "append escapes to heap"
	s := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap"
	keep(s) // ERROR "inlining call to keep"
	return greet(b.str()) // ERROR "inlining call to \(\*buf\)\.str" "inlining call to greet" "string\(b\.b\) does not escape" ".hello, . \+ name escapes to heap"
}
