// A map assignment whose right side (or whose operation) panics must not
// insert the key: m[k] = *nilp, m[k] += *nilp, m[k] /= 0, tuple forms.
package main

import "fmt"

var sink bool

func try(name string, m map[int]int, f func(map[int]int)) {
	func() {
		defer func() { recover() }()
		f(m)
		fmt.Println(name, "did not panic")
	}()
	fmt.Println(name, len(m))
}

func main() {
	var p *int
	var z int
	var a []int
	try("assign", map[int]int{}, func(m map[int]int) { m[0] = *p })
	try("add", map[int]int{}, func(m map[int]int) { m[0] += *p })
	try("div", map[int]int{}, func(m map[int]int) { m[0] /= z })
	try("rem", map[int]int{}, func(m map[int]int) { m[0] %= z })
	try("index", map[int]int{}, func(m map[int]int) { m[0] = a[0] })
	try("tuple", map[int]int{}, func(m map[int]int) { sink, m[0] = sink, *p })
	try("ok", map[int]int{1: 2}, func(m map[int]int) { m[1] += 5; m[2] -= 1 })
	ms := map[string]string{}
	ms["a"] += "x"
	ms["a"] += "y"
	fmt.Println(ms)
	mm := map[int][]int{}
	func() {
		defer func() { recover() }()
		mm[0] = append(mm[0], *p)
	}()
	fmt.Println(len(mm))
}
