// errorcheck -0 -m -l

// Closures: capture by value or by reference, escaping and non-escaping
// func literals, closures called in place, defer and go.

package main

var gf func() int
var gfs []func()

func byValue(a int) func() int {
	return func() int { // ERROR "func literal escapes to heap"
		return a
	}
}

func byRef() func() int {
	n := 0 // ERROR "moved to heap: n"
	return func() int { // ERROR "func literal escapes to heap"
		n++
		return n
	}
}

func byRefNoEscape() int {
	n := 0
	f := func() { // ERROR "func literal does not escape"
		n++
	}
	f()
	return n
}

func calledInPlace() int {
	x := 1
	return func() int { // ERROR "func literal does not escape"
		return x * 2
	}()
}

func noCaptures() func() {
	return func() {} // ERROR "func literal escapes to heap"
}

func storeGlobal(s string) { // ERROR "leaking param: s"
	gf = func() int { // ERROR "func literal escapes to heap"
		return len(s)
	}
}

func bigCapture() func() int {
	var a [20]int // ERROR "moved to heap: a"
	return func() int { // ERROR "func literal escapes to heap"
		return a[3]
	}
}

func addrCaptured() func() *int {
	x := 1 // ERROR "moved to heap: x"
	p := &x
	return func() *int { // ERROR "func literal escapes to heap"
		return p
	}
}

func reassignedBefore() func() int {
	y := 1
	y = 2
	return func() int { // ERROR "func literal escapes to heap"
		return y
	}
}

func reassignedAfter() func() int {
	y := 1 // ERROR "moved to heap: y"
	f := func() int { // ERROR "func literal escapes to heap"
		return y
	}
	y = 2
	return f
}

func loopClosures() {
	for i := 0; i < 3; i++ {
		gfs = append(gfs, func() { // ERROR "func literal escapes to heap" "append escapes to heap"
			println(i)
		})
	}
}

func nested() func() func() int {
	v := 3
	return func() func() int { // ERROR "func literal escapes to heap"
		return func() int { // ERROR "func literal escapes to heap"
			return v
		}
	}
}

func param(f func(int) int) int { // ERROR "f does not escape"
	return f(1)
}

func passClosure() int {
	k := 2
	return param(func(x int) int { // ERROR "func literal does not escape"
		return x * k
	})
}

func deferTop() {
	x := 1
	defer func() { // ERROR "func literal does not escape"
		println(x)
	}()
	x = 2
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		defer func() { // ERROR "func literal escapes to heap"
			println(i)
		}()
	}
}

func deferCall(p *int) { // ERROR "p does not escape"
	defer println(*p)
}

func goStmt(ch chan int) { // ERROR "leaking param: ch"
	v := 5
	go func() { // ERROR "func literal escapes to heap"
		ch <- v
	}()
}

func funcValue(f func() *int) *int { // ERROR "f does not escape"
	return f()
}

func callFuncVar() {
	n := 3
	f := func() *int { // ERROR "func literal does not escape"
		return &n
	}
	_ = f()
}

func closureReturnsLocal() int {
	var u int
	p := func() *int { // ERROR "func literal does not escape"
		return &u
	}()
	*p = 42
	return u
}

func main() {
	_ = byValue(1)()
	_ = byRef()()
	println(byRefNoEscape(), calledInPlace(), passClosure(), closureReturnsLocal())
	noCaptures()()
	storeGlobal("x")
	_ = bigCapture()()
	_ = addrCaptured()()
	_ = reassignedBefore()
	_ = reassignedAfter()
	loopClosures()
	_ = nested()()()
	deferTop()
	deferLoop()
	deferCall(new(int)) // ERROR "new\(int\) does not escape"
	goStmt(make(chan int, 1))
	_ = funcValue(nil)
	callFuncVar()
}
