// errorcheck -0 -m

// An interface variable assigned from a call with several results that is
// inlined gets the concrete type of the inlined call's result variable, so
// calls through it are devirtualized (gc's State.InlinedCall; see
// test/devirtualization_with_type_assertions_interleaved.go).
package main

type summer interface{ Sum() int }

type cloner interface {
	summer
	Clone() summer
}

type h struct{ n int }

func (x *h) Sum() int { return x.n } // ERROR "can inline \(\*h\).Sum" "x does not escape"

func (x *h) Clone() summer { // ERROR "can inline \(\*h\).Clone" "x does not escape"
	c := *x // ERROR "moved to heap: c"
	return &c
}

func clone2(s summer) (summer, bool) { // ERROR "can inline clone2" "leaking param: s"
	if c, ok := s.(cloner); ok {
		return c.Clone(), true
	}
	return &h{}, false // ERROR "&h\{\} escapes to heap"
}

func main() {
	var s summer = &h{1} // ERROR "&h\{...\} does not escape"
	a, _ := clone2(s)    // ERROR "inlining call to clone2" "devirtualizing c.Clone to \*h" "inlining call to \(\*h\).Clone" "&h\{\} does not escape"
	println(a.Sum())     // ERROR "devirtualizing a.Sum to \*h" "inlining call to \(\*h\).Sum"
	var b, ok = clone2(s) // ERROR "inlining call to clone2" "devirtualizing c.Clone to \*h" "inlining call to \(\*h\).Clone" "&h\{\} does not escape"
	println(b.Sum(), ok)  // ERROR "devirtualizing b.Sum to \*h" "inlining call to \(\*h\).Sum"
}
