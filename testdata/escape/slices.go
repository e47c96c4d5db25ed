// errorcheck -0 -m -l

// append, copy, clear, slicing, arrays and maps: what flows where.

package main

var gs []*int
var gi []int
var gp *int

func appendLocal() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i) // ERROR "append does not escape"
	}
	return len(s)
}

func appendReturned(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap"
	}
	return s
}

func appendPointers(p *int) { // ERROR "leaking param: p"
	gs = append(gs, p) // ERROR "append escapes to heap"
}

func appendSliceLocal(a, b []int) int { // ERROR "a does not escape" "b does not escape"
	c := append(a, b...) // ERROR "append does not escape"
	return len(c)
}

func appendPtrSlice(a, b []*int) []*int { // ERROR "leaking param content: a" "leaking param: a to result ~r0 level=0" "leaking param content: b"
	return append(a, b...) // ERROR "append escapes to heap"
}

func appendString(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0" "s does not escape"
	return append(b, s...) // ERROR "append escapes to heap"
}

func appendToParam(s []int) { // ERROR "s does not escape"
	s = append(s, 1) // ERROR "append does not escape"
	_ = s
}

func copyInts(dst, src []int) int { // ERROR "dst does not escape" "src does not escape"
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) { // ERROR "dst does not escape" "leaking param content: src"
	copy(dst, src)
}

func clearSlice(s []*int) { // ERROR "s does not escape"
	clear(s)
}

func sliceArray() int {
	var a [8]int
	s := a[2:4]
	return len(s)
}

func sliceArrayEscapes() []int {
	var a [8]int // ERROR "moved to heap: a"
	return a[:]
}

func slice3(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0"
	return s[1:2:3]
}

func indexArray(a [4]*int) *int { // ERROR "leaking param: a to result ~r0 level=0"
	return a[1]
}

func indexPtrArray(a *[4]*int) *int { // ERROR "leaking param: a to result ~r0 level=1"
	return a[1]
}

func mapGet(m map[*int]*int, k *int) *int { // ERROR "m does not escape" "k does not escape"
	return m[k]
}

func mapSet(m map[*int]*int, k, v *int) { // ERROR "m does not escape" "leaking param: k" "leaking param: v"
	m[k] = v
}

func mapDelete(m map[*int]int, k *int) { // ERROR "m does not escape" "k does not escape"
	delete(m, k)
}

func rangeSlice(s []*int) { // ERROR "leaking param content: s"
	for _, p := range s {
		gp = p
	}
}

func rangeArray(a [3]*int) { // ERROR "leaking param: a"
	for _, p := range a {
		gp = p
	}
}

func rangeMap(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1"
	for _, v := range m {
		return v
	}
	return nil
}

func minMax(a, b *int) int { // ERROR "a does not escape" "b does not escape"
	x, y := 1, 2
	return min(x, y) + max(*a, *b)
}

func main() {
	println(appendLocal(), appendSliceLocal(nil, nil), copyInts(nil, nil), sliceArray())
	_ = appendReturned(3)
	appendPointers(nil)
	_ = appendPtrSlice(nil, nil)
	_ = appendString(nil, "")
	appendToParam(nil)
	copyPtrs(nil, nil)
	clearSlice(nil)
	_ = sliceArrayEscapes()
	_ = slice3(make([]int, 4)) // ERROR "make\(\[\]int, 4\) does not escape"
	_ = indexArray([4]*int{})
	_ = indexPtrArray(nil)
	_ = mapGet(nil, nil)
	mapSet(map[*int]*int{}, nil, nil) // ERROR "map\[\*int\]\*int\{\} does not escape"
	mapDelete(nil, nil)
	rangeSlice(nil)
	rangeArray([3]*int{})
	_ = rangeMap(nil)
	n := 1
	_ = minMax(&n, &n)
}
