// errorcheck -0 -m -l

// Static devirtualization: an interface call on a local whose every
// assigned value has one concrete type becomes a direct call; any
// assignment of unknown type (a receive, a call, a select case, a range
// value) keeps the call dynamic.

package main

type I interface{ M() int }

type A struct{ v int }
type B struct{ v int }

func (a A) M() int { return a.v }
func (b B) M() int { return b.v }

func newI() I { return B{} } // ERROR "B\{\} escapes to heap"

func always() int {
	i := I(A{}) // ERROR "I\(A\{\}\) does not escape"
	return i.M() // ERROR "devirtualizing i\.M to A"
}

func twoSameType(c bool) int {
	i := I(A{1}) // ERROR "I\(A\{\.\.\.\}\) does not escape"
	if c {
		i = A{2} // ERROR "A\{\.\.\.\} does not escape"
	}
	return i.M() // ERROR "devirtualizing i\.M to A"
}

func fromReceive(ch chan I) int { // ERROR "ch does not escape"
	i := I(A{}) // ERROR "I\(A\{\}\) escapes to heap"
	i = <-ch
	return i.M()
}

func fromSelect(ch chan I) int { // ERROR "ch does not escape"
	i := I(A{}) // ERROR "I\(A\{\}\) escapes to heap"
	select {
	case i = <-ch:
	}
	return i.M()
}

func fromCommaOk(ch chan I) int { // ERROR "ch does not escape"
	i := I(A{}) // ERROR "I\(A\{\}\) escapes to heap"
	var ok bool
	i, ok = <-ch
	_ = ok
	return i.M()
}

func fromCall() int {
	i := I(A{}) // ERROR "I\(A\{\}\) escapes to heap"
	i = newI()
	return i.M()
}

func fromRange(xs []I) int { // ERROR "leaking param content: xs"
	i := I(A{}) // ERROR "I\(A\{\}\) escapes to heap"
	for _, i = range xs {
	}
	return i.M()
}

func main() {
	ch := make(chan I, 1)
	println(always(), twoSameType(true), fromReceive(ch), fromSelect(ch), fromCommaOk(ch), fromCall(), fromRange(nil))
}
