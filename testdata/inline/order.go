// errorcheck -0 -m

// The order of gc's inlining decisions: bottom-up over the call graph (a
// callee before its callers, the package's variable initialization first),
// a closure called directly when its call is reached, go and defer
// wrappers before the function that holds them, and at -m=2 the reasons a
// function cannot be inlined.

package main

import "fmt"

var initialized = twice(21)

func twice(x int) int { return 2 * x }

func init() { initialized++ }

func caller() int { return callee(1) + 1 }

func callee(x int) int { return x + 1 }

func a() int { return b() }
func b() int { return c() }
func c() int { return 3 }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func closures() int {
	x := 1
	f := func() int { return x * 2 }
	g := func(a int) int { return a + 1 }
	h := func() { x++ }
	h()
	return f() + g(3)
}

func deferred() {
	defer fmt.Println("done")
	defer func() { recover() }()
	go twice(1)
}

func recovers() any { return recover() }

//go:noinline
func marked(x int) int { return x }

func tooComplex(s []int) int {
	t := 0
	for i := range s {
		for j := range s {
			if s[i] > s[j] {
				t += s[i] - s[j]
			} else {
				t -= s[j] - s[i]
			}
			s[i], s[j] = s[j], s[i]
		}
	}
	return t + callee(t) + callee(t+1) + callee(t+2)
}

func printer(x int) { fmt.Println(x) }

func main() {
	fmt.Println(caller(), a(), even(4), closures(), marked(1), tooComplex(nil))
	deferred()
	printer(1)
}
