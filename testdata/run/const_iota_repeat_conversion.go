// An implicitly repeated constant expression is evaluated again with each spec's iota, also
// when it is a conversion (float32(iota)), a built-in call or several expressions (Go's iota.go).
package main

import "fmt"

type Weekday int

const (
	p = float32(iota)
	q
	r
)

const (
	a, b = Weekday(iota * 2), string(rune('a' + iota))
	c, d
	e, f
)

func main() {
	const (
		x = complex(iota, 1)
		y
	)
	const (
		s = len([iota]int{})
		t
		u
	)
	fmt.Println(p, q, r)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, s, t, u)
	fmt.Printf("%T %T %T\n", q, c, y)
}
