// errorcheck -0 -m -l

// Size limits: 128 KiB for explicit variables, 64 KiB for implicit
// allocations, constant substitution in make, zero-sized elements.

package main

func bigVar() int {
	var a [131072]byte
	a[1] = 1
	return int(a[1])
}

func tooBigVar() int {
	var a [131073]byte // ERROR "moved to heap: a"
	a[2] = 2
	return int(a[2])
}

func bigNew() int {
	p := new([65536]byte) // ERROR "new\(\[65536\]byte\) does not escape"
	return int(p[0])
}

func tooBigNew() int {
	p := new([65537]byte) // ERROR "new\(\[65537\]byte\) escapes to heap"
	return int(p[0])
}

type Big struct {
	buf [70000]byte
}

func tooBigLit() int {
	b := &Big{} // ERROR "&Big\{\} escapes to heap"
	return len(b.buf)
}

func makeLimit() int {
	s := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape"
	return len(s)
}

func makeTooBig() int {
	s := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap"
	return len(s)
}

func makeIntsTooBig() int {
	s := make([]int64, 8193) // ERROR "make\(\[\]int64, 8193\) escapes to heap"
	return len(s)
}

func makeConstVar() int {
	n := 100
	s := make([]byte, n) // ERROR "make\(\[\]byte, 100\) does not escape"
	return len(s)
}

func makeConstVarBig() int {
	n := 100000
	s := make([]byte, n) // ERROR "make\(\[\]byte, 100000\) escapes to heap"
	return len(s)
}

func makeCapVar(m int) int {
	c := 64
	s := make([]int, m, c) // ERROR "make\(\[\]int, m, 64\) does not escape"
	return cap(s)
}

func makeLenOfLit() int {
	xs := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} does not escape"
	s := make([]int, len(xs)) // ERROR "make\(\[\]int, 4\) does not escape"
	return len(s)
}

func makeReassigned() int {
	n := 10
	n++
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape"
	return len(s)
}

func makeZeroSized() int {
	s := make([]struct{}, 10) // ERROR "make\(\[\]struct \{\}, 10\) escapes to heap"
	return len(s)
}

func makeVariable(n int) int {
	s := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape"
	return len(s)
}

func bigClosure() func() int {
	var a [70000]byte // ERROR "moved to heap: a"
	return func() int { // ERROR "func literal escapes to heap"
		return int(a[0])
	}
}

func main() {
	println(bigVar(), tooBigVar(), bigNew(), tooBigNew(), tooBigLit(), makeLimit(), makeTooBig())
	println(makeIntsTooBig(), makeConstVar(), makeConstVarBig(), makeCapVar(2), makeLenOfLit())
	println(makeReassigned(), makeZeroSized(), makeVariable(3))
	_ = bigClosure()
}
