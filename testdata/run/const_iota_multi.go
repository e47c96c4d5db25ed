// Several constants per spec share one iota value; iota in typed specs of a named type.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	println(Sunday, Wednesday, Saturday)
	var w Weekday = Friday
	println(w + 1)
	println(a, b, c, d, e, f)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
}
