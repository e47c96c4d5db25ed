// errorcheck -0 -m -l

// Self-assignment, loop depth (for, range, goto labels), results that
// are reassigned, and struct fields.

package main

type Buf struct {
	buf  []byte
	p, q *int
	arr  [4]*int
}

func (b *Buf) shrink(n int) { // ERROR "b does not escape"
	b.buf = b.buf[n:] // ERROR "\(\*Buf\)\.shrink ignoring self-assignment in b\.buf = b\.buf\[n:\]"
}

func (b *Buf) swap() { // ERROR "b does not escape"
	b.p = b.q // ERROR "\(\*Buf\)\.swap ignoring self-assignment in b\.p = b\.q"
}

func (b *Buf) idx(i, j int) { // ERROR "b does not escape"
	b.arr[i] = b.arr[j] // ERROR "\(\*Buf\)\.idx ignoring self-assignment in b\.arr\[i\] = b\.arr\[j\]"
}

func loopNew() *int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap"
		*p = i
	}
	return p
}

func loopNewInside() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape"
		*p = i
		s += *p
	}
	return s
}

func loopNewOutside() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x"
		p = &x
	}
	return *p
}

func rangeLoop(xs []int) int { // ERROR "xs does not escape"
	var last *int
	for _, x := range xs {
		v := x // ERROR "moved to heap: v"
		last = &v
	}
	return *last
}

func gotoLoop() int {
	var p *int
	i := 0
loop:
	p = new(int) // ERROR "new\(int\) escapes to heap"
	i++
	if i < 3 {
		goto loop
	}
	return *p
}

func gotoForward() int {
	var p *int
	goto next
next:
	p = new(int) // ERROR "new\(int\) does not escape"
	return *p
}

func labeledContinue() int {
	var p *int
outer:
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			p = new(int) // ERROR "new\(int\) escapes to heap"
			if j == 1 {
				continue outer
			}
		}
	}
	return *p
}

func fieldAddr() *int {
	var b Buf
	return b.arr[0]
}

func structCopy(b Buf) Buf { // ERROR "leaking param: b to result ~r0 level=0"
	c := b
	return c
}

func arrayOfPtr() *int {
	x := 1 // ERROR "moved to heap: x"
	a := [2]*int{&x, nil}
	return a[0]
}

func nestedPtr() **int {
	x := 1 // ERROR "moved to heap: x"
	p := &x // ERROR "moved to heap: p"
	return &p
}

func derefAssign(pp **int) { // ERROR "pp does not escape"
	y := 2 // ERROR "moved to heap: y"
	*pp = &y
}

func main() {
	b := &Buf{} // ERROR "&Buf\{\} does not escape"
	b.shrink(0)
	b.swap()
	b.idx(0, 1)
	_ = loopNew()
	println(loopNewInside(), loopNewOutside(), rangeLoop(nil), gotoLoop(), gotoForward(), labeledContinue())
	_ = fieldAddr()
	_ = structCopy(Buf{})
	_ = arrayOfPtr()
	_ = nestedPtr()
	var q *int
	derefAssign(&q)
}
