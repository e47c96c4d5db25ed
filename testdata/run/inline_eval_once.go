// Inlined calls still count as calls where the spec says so: the range
// expression of an index-only range over an array is evaluated when it
// contains a call (len is not constant then), and a method expression
// called with a multi-valued call takes its receiver from that call
// ((*p).get(pa.count()), Go's test/fixedbugs/issue4167.go).
package main

var nmake int

func makearray() [5]int {
	nmake++
	return [5]int{1, 2, 3, 4, 5}
}

func makeptr() *[3]int {
	nmake++
	return &[3]int{1, 2, 3}
}

type counter []int

type p int

func (c *counter) count() (v *p, n int) {
	for range *c {
		n++
	}
	v = (*p)(&n)
	return
}

func (x *p) get(extra int) p { return *x + p(extra) }

func main() {
	s := 0
	for _, v := range makearray() {
		s += v
	}
	println(s, nmake)
	for i := range makearray() {
		s += i
	}
	println(s, nmake)
	for range makearray() {
		s++
	}
	println(s, nmake)
	for i := range makeptr() {
		s += i
	}
	println(s, nmake)
	c := make(counter, 13)
	println((*p).get(c.count()))
}
