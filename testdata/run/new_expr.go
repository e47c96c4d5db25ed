// Go 1.26's new(expr): a new variable initialised to the value of expr (an untyped constant
// takes its default type); each call allocates a distinct variable (Go's newexpr.go).
package main

import "fmt"

type Point struct{ X, Y int }

var x0 = new(0)
var y0 = x0

func counter() *int { return new(100) }

func main() {
	p := new(123)
	fmt.Printf("%T %v\n", p, *p)
	x := 42
	q := new(x)
	x++
	fmt.Println(*q, x)
	r := new(x * 2)
	*r += 1
	fmt.Println(*r)
	arr := [2]int{123, 456}
	pa := new(arr)
	pa[0] = 7
	fmt.Println(*pa, arr)
	var i int
	b := new(i > 0)
	fmt.Printf("%T %v\n", b, *b)
	pt := new(Point{1, 2})
	pt.X = 10
	fmt.Println(*pt)
	s := new([]string{"a", "b"})
	fmt.Println(len(*s), (*s)[1])
	f := new(2.5)
	c := new('c')
	str := new("hi")
	fmt.Printf("%T %T %T %v %v %v\n", f, c, str, *f, *c, *str)
	var e any = 3
	pe := new(e)
	fmt.Println(*pe)
	a, b2 := counter(), counter()
	*a = 1
	fmt.Println(*a, *b2, a != b2)
	fmt.Println(*x0, x0 == y0)
	zero := new(int)
	fmt.Println(*zero)
}
