// errorcheck -0 -m -l -d=defer

// How gc implements each defer statement (-d=defer): open-coded when the
// function's defers are all outside loops, at most 8, and returns x defers
// is at most 15; otherwise a record in the frame for a defer outside loops
// and a heap record for one in a loop (a backward goto makes a loop too).

package main

var glob = 3

func openCoded() {
	for i := 0; i < 3; i++ {
		println(i)
	}
	defer println("done") // ERROR "open-coded defer"
}

func inLoop() {
	for i := 0; i < 3; i++ {
		defer println(i) // ERROR "heap-allocated defer"
	}
	defer println("after") // ERROR "stack-allocated defer"
}

func gotoLoop() {
again:
	defer println("x") // ERROR "heap-allocated defer"
	if glob > 5 {
		glob--
		goto again
	}
}

func manyReturns() int {
	defer println(1) // ERROR "stack-allocated defer"
	defer println(2) // ERROR "stack-allocated defer"
	defer println(3) // ERROR "stack-allocated defer"
	defer println(4) // ERROR "stack-allocated defer"
	switch glob {
	case 1:
		return 1
	case 2:
		return 2
	case 3:
		return 3
	case 4:
		return 4
	}
	return 0
}

func nine() {
	defer println(1) // ERROR "stack-allocated defer"
	defer println(2) // ERROR "stack-allocated defer"
	defer println(3) // ERROR "stack-allocated defer"
	defer println(4) // ERROR "stack-allocated defer"
	defer println(5) // ERROR "stack-allocated defer"
	defer println(6) // ERROR "stack-allocated defer"
	defer println(7) // ERROR "stack-allocated defer"
	defer println(8) // ERROR "stack-allocated defer"
	defer println(9) // ERROR "stack-allocated defer"
}

func closure() {
	x := 1
	defer func() { // ERROR "open-coded defer" "func literal does not escape"
		println(x)
	}()
	x = 2
}

func main() {
	openCoded()
	inLoop()
	gotoLoop()
	manyReturns()
	nine()
	closure()
}
