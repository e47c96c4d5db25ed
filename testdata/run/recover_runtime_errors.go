// Runtime errors recovered as error values: Error() texts for index, nil map, divide, nil deref, conversion, shift.
package main

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name+":", err.Error())
		} else {
			println(name+": not an error")
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 3
	zero := 0
	var p *T
	var m map[string]int
	sh := -1
	var a any = "x"
	try("index", func() { _ = s[i] })
	try("negative index", func() { j := -2; _ = s[j] })
	try("string index", func() { _ = "ab"[i] })
	try("array index", func() { var arr [2]int; _ = arr[i] })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nil deref", func() { _ = p.x })
	try("nil map", func() { m["k"] = 1 })
	try("shift", func() { _ = 1 << sh })
	try("assert", func() { _ = a.(int) })
	try("make negative", func() { n := -1; _ = make([]int, n) })
	try("make len>cap", func() { n, c := 5, 3; _ = make([]int, n, c) })
}
