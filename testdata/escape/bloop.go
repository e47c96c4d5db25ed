// errorcheck -0 -m

// gc keeps the statements of a testing.B.Loop loop alive (its bloop pass);
// at -m=2 it says what it keeps (this file's m2 golden): a call's results,
// the arguments of a call without results, the variable assigned, a
// dereference; in nested bodies too, and those first.
package main

import "testing"

func f(x int) int { return x } // ERROR "can inline f"

func g(xs ...int) {} // ERROR "can inline g" "xs does not escape"

func h(x int) {} // ERROR "can inline h"

type T struct{ a [2]int }

var sink int

//go:noinline
func loop(b *testing.B, p *int, t *T) { // ERROR "leaking param: b" "p does not escape" "t does not escape"
	s := 0
	for b.Loop() { // ERROR "inlining call to testing.\(\*B\).Loop"
		f(1)        // ERROR "inlining call to f"
		h(2)        // ERROR "inlining call to h"
		h(s)        // ERROR "inlining call to h"
		g(1, s)     // ERROR "inlining call to g" "\.\.\. argument does not escape"
		s = f(2)    // ERROR "inlining call to f"
		s += 3
		s++
		*p = 4
		t.a[1] = 5
		if s > 10 {
			h(t.a[0]) // ERROR "inlining call to h"
		}
		for i := 0; i < 2; i++ {
			h(i + 1) // ERROR "inlining call to h"
		}
		{
			f(3) // ERROR "inlining call to f"
		}
	}
	sink = s
}

func main() { // ERROR "can inline main"
	println(f(1)) // ERROR "inlining call to f"
}
