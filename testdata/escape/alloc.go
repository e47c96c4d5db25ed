// errorcheck -0 -m -l

// Allocation sites: new, &T{}, composite literals, make, and variables
// whose address escapes.

package main

type T struct {
	a, b int
	p    *int
}

var sink interface{}
var gp *int
var gt *T

func newLocal() int {
	p := new(int) // ERROR "new\(int\) does not escape"
	*p = 1
	return *p
}

func newGlobal() {
	gp = new(int) // ERROR "new\(int\) escapes to heap"
}

func newReturned() *int {
	return new(int) // ERROR "new\(int\) escapes to heap"
}

func addrLocal() int {
	x := 1
	p := &x
	return *p
}

func addrGlobal() {
	x := 2 // ERROR "moved to heap: x"
	gp = &x
}

func addrReturned() *int {
	var x int // ERROR "moved to heap: x"
	return &x
}

func ptrLitLocal() int {
	t := &T{a: 1} // ERROR "&T\{\.\.\.\} does not escape"
	return t.a
}

func ptrLitGlobal() {
	gt = &T{b: 2} // ERROR "&T\{\.\.\.\} escapes to heap"
}

func ptrLitField(p *int) *T { // ERROR "leaking param: p"
	return &T{p: p} // ERROR "&T\{\.\.\.\} escapes to heap"
}

func structValue() T {
	var x int // ERROR "moved to heap: x"
	t := T{p: &x}
	return t
}

func sliceLitLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape"
	return s[0]
}

func sliceLitEscapes() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
}

func sliceLitEmpty() int {
	s := []int{} // ERROR "\[\]int\{\} does not escape"
	return len(s)
}

func sliceOfPointers() {
	x := 1 // ERROR "moved to heap: x"
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	gp = s[0]
}

func mapLitLocal() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape"
	return m["a"]
}

func mapLitEscapes() map[int]int {
	return map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap"
}

func mapKeysEscape(k *int) { // ERROR "leaking param: k"
	m := map[*int]bool{k: true} // ERROR "map\[\*int\]bool\{\.\.\.\} does not escape"
	_ = m
}

func makeSliceLocal() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape"
	return s[3]
}

func makeSliceEscapes() []byte {
	return make([]byte, 10) // ERROR "make\(\[\]byte, 10\) escapes to heap"
}

func makeSliceVar(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape"
	return len(s)
}

func makeMapLocal() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape"
	m[1] = 2
	return len(m)
}

func makeMapHint(n int) map[int]string {
	return make(map[int]string, n) // ERROR "make\(map\[int\]string, n\) escapes to heap"
}

func makeChan() chan int {
	return make(chan int)
}

func arrayOnStack() int {
	var a [10]int
	p := &a
	return p[2]
}

func arrayLit() *[3]int {
	a := [3]int{1, 2, 3} // ERROR "moved to heap: a"
	return &a
}

func toInterfaceSink() {
	x := 5 // ERROR "moved to heap: x"
	sink = &x
}

func main() {
	println(newLocal(), addrLocal(), ptrLitLocal(), sliceLitLocal(), sliceLitEmpty(), mapLitLocal())
	newGlobal()
	_ = newReturned()
	addrGlobal()
	_ = addrReturned()
	ptrLitGlobal()
	_ = ptrLitField(nil)
	_ = structValue()
	_ = sliceLitEscapes()
	sliceOfPointers()
	_ = mapLitEscapes()
	mapKeysEscape(nil)
	println(makeSliceLocal(), makeSliceVar(3), makeMapLocal(), arrayOnStack())
	_ = makeSliceEscapes()
	_ = makeMapHint(2)
	_ = makeChan()
	_ = arrayLit()
	toInterfaceSink()
}
