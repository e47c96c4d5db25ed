// A value method called through a nil pointer by a compiler-made wrapper
// (an interface holding a nil *T, or the method expression (*T).M) panics
// with gc's panicwrap message.
package main

import "fmt"

type T int

func (t T) F() int { return int(t) }

type I interface{ F() int }

//go:noinline
func call(i I) int { return i.F() }

func main() {
	var p *T
	var i I = p
	func() {
		defer func() { fmt.Println(recover()) }()
		i.F()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		(*T).F(p)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		call(p)
	}()
	v := T(3)
	i = &v
	fmt.Println(i.F(), (*T).F(&v))
	i = p
	i.F()
}
