// cap() after growth by one-element appends up to 100,000 elements, for
// element sizes 1 to 100 bytes, pointer-free and pointerful.  The slices
// live in package variables (they escape), so this is growslice: Go's
// growth formula and the size-class rounding of the new capacity.
// Prints each capacity at which a slice grew.
package main

type (
	e1   [1]byte
	e2   [2]byte
	e4   [4]byte
	e8   [8]byte
	e12  [12]byte
	e16  [16]byte
	e24  [24]byte
	e32  [32]byte
	e48  [48]byte
	e64  [64]byte
	e100 [100]byte
	p8   *int
	p16  string
	p24  struct {
		p    *int
		a, b int
	}
)

const n = 100000

var (
	s1   []e1
	s2   []e2
	s4   []e4
	s8   []e8
	s12  []e12
	s16  []e16
	s24  []e24
	s32  []e32
	s48  []e48
	s64  []e64
	s100 []e100
	sp8  []p8
	sp16 []p16
	sp24 []p24
)

func report(name string, caps []int) {
	print(name)
	last := -1
	for _, c := range caps {
		if c != last {
			print(" ", c)
			last = c
		}
	}
	println()
}

var caps = make([]int, n)

func main() {
	for i := range n {
		s1 = append(s1, e1{})
		caps[i] = cap(s1)
	}
	report("1", caps)
	for i := range n {
		s2 = append(s2, e2{})
		caps[i] = cap(s2)
	}
	report("2", caps)
	for i := range n {
		s4 = append(s4, e4{})
		caps[i] = cap(s4)
	}
	report("4", caps)
	for i := range n {
		s8 = append(s8, e8{})
		caps[i] = cap(s8)
	}
	report("8", caps)
	for i := range n {
		s12 = append(s12, e12{})
		caps[i] = cap(s12)
	}
	report("12", caps)
	for i := range n {
		s16 = append(s16, e16{})
		caps[i] = cap(s16)
	}
	report("16", caps)
	for i := range n {
		s24 = append(s24, e24{})
		caps[i] = cap(s24)
	}
	report("24", caps)
	for i := range n {
		s32 = append(s32, e32{})
		caps[i] = cap(s32)
	}
	report("32", caps)
	for i := range n {
		s48 = append(s48, e48{})
		caps[i] = cap(s48)
	}
	report("48", caps)
	for i := range n {
		s64 = append(s64, e64{})
		caps[i] = cap(s64)
	}
	report("64", caps)
	for i := range n {
		s100 = append(s100, e100{})
		caps[i] = cap(s100)
	}
	report("100", caps)
	for i := range n {
		sp8 = append(sp8, nil)
		caps[i] = cap(sp8)
	}
	report("*int", caps)
	for i := range n {
		sp16 = append(sp16, "")
		caps[i] = cap(sp16)
	}
	report("string", caps)
	for i := range n {
		sp24 = append(sp24, p24{})
		caps[i] = cap(sp24)
	}
	report("p24", caps)
}
