// errorcheck -0 -m -l

// go and defer statements: gc evaluates the call's operands into
// temporaries captured by a wrapper closure; a top-level defer's closure
// stays on the stack, one in a loop or a go statement's escapes.

package main

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d } // ERROR "c does not escape"

func (c Counter) Show(tag string) { println(tag, c.n) } // ERROR "tag does not escape"

func work(p *int, ch chan int) { // ERROR "p does not escape" "ch does not escape"
	ch <- *p
}

func deferArgs(x int, s []int) { // ERROR "s does not escape"
	defer println("x", x, s)
	defer work(&x, nil)
}

func deferMethod(c *Counter) { // ERROR "c does not escape"
	defer c.Add(1)
	var v Counter
	defer v.Show("v")
}

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		defer println(i)
	}
}

func deferClosure() int {
	r := 0
	defer func() { // ERROR "func literal does not escape"
		r++
	}()
	return r
}

func deferClosureLoop(n int) {
	for i := 0; i < n; i++ {
		defer func() { // ERROR "func literal escapes to heap"
			println(i)
		}()
	}
}

func goArgs(ch chan int) { // ERROR "leaking param: ch"
	x := 1 // ERROR "moved to heap: x"
	go work(&x, ch)
}

func goClosure(ch chan *int) { // ERROR "leaking param: ch"
	y := 2 // ERROR "moved to heap: y"
	go func() { // ERROR "func literal escapes to heap"
		ch <- &y
	}()
}

func sendPtr(ch chan *int) { // ERROR "ch does not escape"
	z := 3 // ERROR "moved to heap: z"
	ch <- &z
}

func recvPtr(ch chan *int) *int { // ERROR "ch does not escape"
	return <-ch
}

func selectRecv(a, b chan *int) *int { // ERROR "a does not escape" "b does not escape"
	select {
	case p := <-a:
		return p
	case q, ok := <-b:
		if ok {
			return q
		}
	}
	return nil
}

func main() {
	deferArgs(1, nil)
	deferMethod(&Counter{}) // ERROR "&Counter\{\} does not escape"
	deferInLoop(2)
	println(deferClosure())
	deferClosureLoop(2)
	ch := make(chan int, 1)
	goArgs(ch)
	pc := make(chan *int, 1)
	goClosure(pc)
	sendPtr(pc)
	_ = recvPtr(pc)
	_ = selectRecv(pc, pc)
}
