// An append-built slice whose element field has its address taken and
// kept: the pointer and the returned slice must share memory.  gc 1.26
// moves the slice to the heap at the return but leaves the pointer in
// the dead stack buffer (golang/go#81612); tgo does not apply move2heap
// to a slice with &s[i].f.
// go-gcflags: -d=variablemakehash=n (gc's result with its faulty optimization off)
package main

type T struct{ a, f int }

//go:noinline
func resolve(n int) ([]T, *int) {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{i, i * 10})
	}
	p := &s[1].f
	return s, p
}

//go:noinline
func clobber() int {
	var big [64]int
	for i := range big {
		big[i] = 0xdead
	}
	return big[3]
}

func main() {
	s, p := resolve(2)
	clobber()
	println(*p, s[1].f)
	*p = 5
	println(*p, s[1].f)
}
