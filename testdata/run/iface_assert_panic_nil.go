// Asserting a nil interface value to a concrete type panics (unrecovered): "interface {} is nil, not int".
package main

type Shape interface{ Area() int }

func find() Shape { return nil }

func main() {
	s := find()
	println(s == nil)
	var e any = s
	println(e.(int))
}
