// errorcheck -0 -m

// A switch on a constant with constant cases keeps only the clause it takes
// (gc's noder, issue 50253): the other clauses cost nothing to the inliner
// and escape analysis never sees them.  A method expression called with a
// multi-value call, T.m(f()), is inlined with all of f's results as its
// parameters.
package main

import "runtime"

const size = 64

func pick(p func(string)) { // ERROR "can inline pick" "p does not escape"
	switch size {
	case 32:
		p("thirty-two")
	case 64:
		p("sixty-four")
	default:
		p("other")
	}
}

func osName() string { // ERROR "can inline osName"
	switch runtime.GOOS {
	case "windows":
		panic("windows")
	case "darwin":
		panic("darwin")
	case "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z":
		panic("letters")
	default:
		return "linux"
	}
}

func none() int { // ERROR "can inline none"
	switch size {
	case 1, 2, 3:
		return 1
	}
	return 0
}

func notConst(x int) int { // ERROR "can inline notConst"
	switch size {
	case x:
		return 1
	case 64:
		return 2
	}
	return 0
}

func fall() int { // ERROR "can inline fall"
	n := 0
	switch size {
	case 64:
		n++
		fallthrough
	case 1:
		n++
	}
	return n
}

type T struct{ v int }

func (t T) add(a, b int) int { return t.v + a + b } // ERROR "can inline T.add"

func three() (T, int, int) { return T{1}, 2, 3 } // ERROR "can inline three"

func main() {
	pick(func(s string) { println(s) }) // ERROR "inlining call to pick" "can inline main.func1" "inlining call to main.func1" "s does not escape"
	println(osName(), none(), notConst(64), fall()) // ERROR "inlining call to osName" "inlining call to none" "inlining call to notConst" "inlining call to fall"
	println(T.add(three())) // ERROR "inlining call to three" "inlining call to T.add"
}
