// errorcheck -0 -m

// Calls inlined into package-level initializers (gc's init function), and
// what gc's static initializer then makes data: an inlined "return v" whose
// arguments have no side effects is laid out like v itself, so
// errors.New("base") and newT(1) allocate nothing at run time and print
// nothing; what stays code is analysed as init.  Also: devirtualization
// between inlining rounds (e.Error after errors.New is inlined), the
// wrapper gc generates for (*myErr).Error with the method inlined into it,
// and []rune("const") as data.
package main

import (
	"errors"
	"strconv"
)

type T struct{ a, b int }

func newT(a int) *T { return &T{a: a, b: a} } // ERROR "can inline newT" "&T\{\.\.\.\} escapes to heap"

func pair(a, b int) T { return T{a, b} } // ERROR "can inline pair"

func twice(s string) []string { return []string{s, s} } // ERROR "can inline twice" "leaking param: s" "\[\]string\{\.\.\.\} escapes to heap"

func wrap(s string) error { return errors.New("wrap: " + s) } // ERROR "can inline wrap" "s does not escape" "&errors.errorString\{\.\.\.\} escapes to heap" "inlining call to errors.New" ".wrap: . \+ s escapes to heap"

func box(v int) any { return v } // ERROR "can inline box" "v escapes to heap"

func named(a int) (t *T) { t = &T{a: a}; return } // ERROR "can inline named" "&T\{\.\.\.\} escapes to heap"

func two(a int) *T { // ERROR "can inline two"
	if a > 0 {
		return &T{a: a} // ERROR "&T\{\.\.\.\} escapes to heap"
	}
	return nil
}

func fnOf(a int) func() int { return func() int { return a } } // ERROR "can inline fnOf.func1" "can inline fnOf" "func literal escapes to heap"

var (
	errBase = errors.New("base")      // ERROR "inlining call to errors.New"
	errWrap = wrap("x")               // ERROR "inlining call to wrap" "inlining call to errors.New"
	t1      = newT(1)                 // ERROR "inlining call to newT"
	t2      = newT(len(names))        // ERROR "inlining call to newT"
	p1      = pair(1, 2)              // ERROR "inlining call to pair"
	tw      = twice("a")              // ERROR "inlining call to twice"
	tw2     = twice(strconv.Itoa(3))  // ERROR "inlining call to twice" "inlining call to strconv.Itoa" "\[\]string\{\.\.\.\} escapes to heap"
	b1      = box(300)                // ERROR "inlining call to box"
	n1      = named(4)                // ERROR "inlining call to named" "&T\{\.\.\.\} escapes to heap"
	w1      = two(5)                  // ERROR "inlining call to two" "&T\{\.\.\.\} escapes to heap"
	f1      = fnOf(6)                 // ERROR "inlining call to fnOf" "func literal escapes to heap"
	runes   = []rune("héllo")
	names   = []string{"x", "y"}
	ms      = strconv.Itoa(42)        // ERROR "inlining call to strconv.Itoa"
	q       = strconv.Quote("q")      // ERROR "inlining call to strconv.Quote" "inlining call to strconv.quoteWith" "make\(\[\]byte, 0, 3 \* len\(strconv.s\) / 2\) does not escape" "string\(strconv.appendQuotedWith\(.*\)\) escapes to heap"
	sinkAny any
)

type myErr struct{ msg string }

func (e myErr) Error() string { return e.msg } // ERROR "can inline myErr.Error" "leaking param: e to result ~r0 level=0"

var errVal error = myErr{"v"}

func main() {
	sinkAny = errBase
	sinkAny = errWrap
	println(t1.a, t2.a, p1.a, len(tw), len(tw2), n1.a, w1.a, f1(), len(runes), ms, q, errVal.Error())
	sinkAny = b1
	e := errors.New("local") // ERROR "inlining call to errors.New" "&errors.errorString\{\.\.\.\} does not escape"
	println(e.Error())       // ERROR "devirtualizing e.Error to \*errors.errorString" "inlining call to errors.\(\*errorString\).Error"
}
