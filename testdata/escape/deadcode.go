// errorcheck -0 -m -l

// Code gc's front end drops before escape analysis: branches of if
// statements with constant conditions, loops whose condition is false,
// and statements after a return, panic or goto.

package main

var gp *int

const debug = false

func constFalse() {
	x := 1
	if false {
		gp = &x
	}
	y := 2
	if debug {
		gp = &y
	}
}

func constTrue() {
	x := 1 // ERROR "moved to heap: x"
	if true {
		gp = &x
	} else {
		y := new(int)
		gp = y
	}
}

func andFalse(b bool) {
	x := 1
	if b && false {
		gp = &x
	}
}

func orTrue(b bool) {
	x := 1
	if b || true {
		return
	}
	gp = &x
}

func afterReturn() *int {
	x := 1
	return nil
	gp = &x
	return &x
}

func afterPanic() {
	y := 2
	panic("no") // ERROR ".no. escapes to heap"
	gp = &y
}

func loopNever() {
	z := 3
	for false {
		gp = &z
	}
}

func main() {
	constFalse()
	constTrue()
	andFalse(true)
	orTrue(false)
	_ = afterReturn()
	defer func() { recover() }() // ERROR "func literal does not escape"
	loopNever()
	afterPanic()
}
