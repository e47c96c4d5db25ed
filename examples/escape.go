// escape: where values live.  Build with -gcflags=-m to see tgo's (and
// gc's) reasons: a pointer returned from a function escapes, a value copy
// does not; a closure that outlives its frame moves its variables to the
// heap.
package main

type point struct{ x, y int }

// newPoint returns a pointer: the point must outlive the call.
func newPoint(x, y int) *point { return &point{x, y} }

// makePoint returns a copy: the point lives in the caller's frame.
func makePoint(x, y int) point { return point{x, y} }

// counter returns a closure that keeps its count between calls.
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

// sum uses a temporary slice that never leaves the function.
func sum(n int) int {
	buf := make([]int, 0, 8)
	for i := 0; i < n; i++ {
		buf = append(buf, i)
	}
	t := 0
	for _, v := range buf {
		t += v
	}
	return t
}

func main() {
	p := newPoint(1, 2)
	q := makePoint(3, 4)
	c := counter()
	c()
	println(p.x+q.y, c(), sum(8))
}
