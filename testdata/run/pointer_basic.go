// Pointers: & and *, writes through a pointer, pointer to pointer, pointer comparison.
package main

func main() {
	x := 10
	p := &x
	*p = 20
	println(x, *p)
	pp := &p
	**pp = 30
	println(x)
	y := 10
	q := &y
	println(p == q, p == &x, *p == *q+20)
	q = p
	println(p == q)
	var nilp *int
	println(nilp == nil, p != nil)
	*q += 5
	println(x)
}
