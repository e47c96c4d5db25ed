// errorcheck -0 -m -l

// Interface conversions, method values, type assertions and
// devirtualization of interface calls.

package main

type I interface {
	M() int
}

type S struct {
	a, b int
}

func (s S) M() int { return s.a }

type P struct {
	p *int
}

func (p *P) M() int { return *p.p } // ERROR "p does not escape"

var sink interface{}
var gi I

func convInt(x int) {
	sink = x // ERROR "x escapes to heap"
}

func convConst() {
	sink = 42 // ERROR "42 escapes to heap"
}

func convLocalConst() {
	n := 1000
	sink = n // ERROR "1000 escapes to heap"
}

func convStruct(s S) {
	sink = s // ERROR "s escapes to heap"
}

func convPointer(p *P) { // ERROR "leaking param: p"
	sink = p
}

func convNoEscape(s S) int {
	var i I = s // ERROR "s does not escape"
	return i.M() // ERROR "devirtualizing i\.M to S"
}

func convString(s string) interface{} { // ERROR "leaking param: s"
	return s // ERROR "s escapes to heap"
}

func assertBack(i interface{}) int { // ERROR "i does not escape"
	return i.(int)
}

func assertPointer(i interface{}) *P { // ERROR "leaking param: i to result ~r0 level=0"
	return i.(*P)
}

func typeSwitch(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0"
	switch v := i.(type) {
	case *int:
		return v
	case S: // ERROR "moved to heap: v"
		return &v.a
	}
	return nil
}

func methodValue(s S) func() int {
	return s.M // ERROR "s\.M escapes to heap"
}

func methodValueLocal(s S) int {
	f := s.M // ERROR "s\.M does not escape"
	return f()
}

func methodValuePtr(p *P) func() int { // ERROR "leaking param: p"
	return p.M // ERROR "p\.M escapes to heap"
}

func ifaceCall(i I) int { // ERROR "leaking param: i"
	return i.M()
}

func devirt() int {
	var i I = S{1, 2} // ERROR "S\{\.\.\.\} does not escape"
	return i.M() // ERROR "devirtualizing i\.M to S"
}

func devirtPtr() int {
	n := 1
	var i I = &P{&n} // ERROR "&P\{\.\.\.\} does not escape"
	return i.M() // ERROR "devirtualizing i\.M to \*P"
}

func ifaceMethodValue(i I) func() int { // ERROR "leaking param: i"
	return i.M // ERROR "i\.M escapes to heap"
}

func storeIface(s S) {
	gi = s // ERROR "s escapes to heap"
}

func main() {
	convInt(1)
	convConst()
	convLocalConst()
	convStruct(S{})
	convPointer(nil)
	println(convNoEscape(S{}), assertBack(1), ifaceCall(S{}), devirt(), devirtPtr()) // ERROR "1 does not escape" "S\{\} escapes to heap"
	_ = convString("")
	_ = assertPointer(nil)
	_ = typeSwitch(nil)
	_ = methodValue(S{})
	_ = methodValueLocal(S{})
	_ = methodValuePtr(nil)
	_ = ifaceMethodValue(S{}) // ERROR "S\{\} escapes to heap"
	storeIface(S{})
}
