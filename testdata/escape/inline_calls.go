// errorcheck -0 -m

// Calls inlined as gc inlines them (without -l), and escape analysis of the
// inlined code: constructors whose &T{} stays on the stack, leaks through
// inlined bodies, closures copied into the caller (closures.counter.func2).
package main

import "errors"

type point struct{ x, y int }

func newPoint(x, y int) *point { return &point{x, y} } // ERROR "can inline newPoint" "&point\{\.\.\.\} escapes to heap"

func (p *point) sum() int { return p.x + p.y } // ERROR "can inline \(\*point\)\.sum" "p does not escape"

func scale(p point, k int) point { return point{p.x * k, p.y * k} } // ERROR "can inline scale"

func leak(p *point) *point { return p } // ERROR "can inline leak" "leaking param: p to result ~r0 level=0"

var sink *point

func store(p *point) { sink = p } // ERROR "can inline store" "leaking param: p"

func divmod(a, b int) (q, r int) { // ERROR "can inline divmod"
	q = a / b
	r = a % b
	return
}

func first(xs ...int) int { // ERROR "can inline first" "xs does not escape"
	if len(xs) == 0 {
		return -1
	}
	return xs[0]
}

func mustPositive(n int) int { // ERROR "can inline mustPositive"
	if n < 0 {
		panic("negative") // ERROR ".negative. escapes to heap"
	}
	return n
}

func counter() func() int { // ERROR "can inline counter"
	n := 0 // ERROR "moved to heap: n"
	return func() int { n++; return n } // ERROR "can inline counter\.func1" "can inline closures\.counter\.func2" "func literal escapes to heap"
}

func apply(f func(int) int, v int) int { return f(v) } // ERROR "can inline apply" "f does not escape"

func fact(n int) int { // ERROR "can inline fact"
	if n <= 1 {
		return 1
	}
	return n * fact(n-1) // ERROR "inlining call to fact"
}

func newErr(msg string) error { return errors.New(msg) } // ERROR "can inline newErr" "inlining call to errors\.New" "leaking param: msg" "&errors\.errorString\{\.\.\.\} escapes to heap"

func local() int { // ERROR "can inline local"
	p := newPoint(1, 2) // ERROR "inlining call to newPoint" "&point\{\.\.\.\} does not escape"
	return p.sum() // ERROR "inlining call to \(\*point\)\.sum"
}

func escaping() { // ERROR "can inline escaping"
	p := newPoint(3, 4) // ERROR "inlining call to newPoint" "&point\{\.\.\.\} escapes to heap"
	store(p) // ERROR "inlining call to store"
}

func viaLeak() *point { // ERROR "can inline viaLeak"
	return leak(newPoint(5, 6)) // ERROR "inlining call to newPoint" "inlining call to leak" "&point\{\.\.\.\} escapes to heap"
}

func loop(n int) int { // ERROR "can inline loop"
	t := 0
	for i := 0; i < n; i++ {
		p := newPoint(i, i) // ERROR "inlining call to newPoint" "&point\{\.\.\.\} does not escape"
		q := scale(*p, 2) // ERROR "inlining call to scale"
		t += q.sum() // ERROR "inlining call to \(\*point\)\.sum"
	}
	return t
}

func multi() int { // ERROR "can inline multi"
	q, r := divmod(17, 5) // ERROR "inlining call to divmod"
	return q*10 + r + first(1, 2, 3) + first() // ERROR "inlining call to first" "\.\.\. argument does not escape"
}

func closures() int {
	c := counter() // ERROR "inlining call to counter" "func literal does not escape"
	c() // ERROR "inlining call to closures\.counter\.func2"
	return apply(func(x int) int { return x * 3 }, c()) // ERROR "can inline closures\.func1" "inlining call to closures\.counter\.func2" "inlining call to apply" "inlining call to closures\.func1"
}

func main() {
	println(local(), loop(3), multi(), closures(), fact(5), mustPositive(2)) // ERROR "inlining call to local" "inlining call to loop" "inlining call to multi" "inlining call to fact" "inlining call to mustPositive" "inlining call to newPoint" "inlining call to \(\*point\)\.sum" "inlining call to scale" "inlining call to divmod" "inlining call to first" "&point\{\.\.\.\} does not escape" "\.\.\. argument does not escape" ".negative. escapes to heap"
	escaping() // ERROR "inlining call to escaping" "inlining call to newPoint" "inlining call to store" "&point\{\.\.\.\} escapes to heap"
	println(viaLeak().x, newErr("e") != nil) // ERROR "inlining call to viaLeak" "inlining call to newErr" "inlining call to newPoint" "inlining call to leak" "inlining call to errors\.New" "&point\{\.\.\.\} does not escape" "&errors\.errorString\{\.\.\.\} does not escape"
}
