// A defined pointer type to a struct selects the fields of the struct (p.x is (*p).x), also
// promoted ones, in expressions and on the left of assignments (Go's issue23017).
package main

type S struct {
	x struct{ y int }
	Inner
}

type Inner struct{ z int }

func (S) M()      {}
func (*S) PM()    {}
func (Inner) IM() {}

type P *S

func main() {
	var p P = &S{}
	p.x.y = 7
	p.z = 3
	println(p.x.y, p.z, (*p).x.y)
	q := p
	q, q.x.y = nil, 9
	println(p.x.y, q == nil)
}
