// Variables moved to the heap (facts §1.2, §12.1): each is allocated at
// its declaration, fresh per loop iteration; small pointer-free ones
// declared in the same basic block share one allocation of at most 16
// bytes (gc's maxAggregatedHeapAllocation); new(T) calls never share.
package heapvars

import "testing"

var (
	p1, p2, p3 *int
	q1, q2     *int32
	pa         *[2]int
	pb         *bool
	ps         *string
	seed       = 3
)

//go:noinline
func twoInts(x int) {
	a, b := x, x+1
	p1, p2 = &a, &b
}

//go:noinline
func threeInts(x int) {
	a, b, c := x, x+1, x+2
	p1, p2, p3 = &a, &b, &c
}

//go:noinline
func twoInt32s(x int32) {
	a, b := x, x+1
	q1, q2 = &a, &b
}

//go:noinline
func twoNews(x int) {
	a, b := new(int), new(int)
	*a, *b = x, x
	p1, p2 = a, b
}

//go:noinline
func arrayAndInt(x int) {
	var a [2]int
	b := x
	pa, p1 = &a, &b
}

//go:noinline
func paramAndLocal(x int) {
	y := x + 1
	p1, p2 = &x, &y
}

//go:noinline
func differentBlocks(x int) {
	a := x
	p1 = &a
	if x > 0 {
		b := x
		p2 = &b
	}
}

//go:noinline
func boolAndInt(x int) {
	a := x > 0
	b := x
	pb, p1 = &a, &b
}

//go:noinline
func stringAndInt(x int, s string) {
	a := s
	b := x
	ps, p1 = &a, &b
}

//go:noinline
func perIteration(n int) {
	for i := 0; i < n; i++ {
		v := i
		p1 = &v
	}
}

func BenchmarkTwoIntsShare(b *testing.B) {
	for i := 0; i < b.N; i++ {
		twoInts(seed)
	}
}

func BenchmarkThreeInts(b *testing.B) {
	for i := 0; i < b.N; i++ {
		threeInts(seed)
	}
}

func BenchmarkTwoInt32sShare(b *testing.B) {
	for i := 0; i < b.N; i++ {
		twoInt32s(int32(seed))
	}
}

func BenchmarkTwoNewsDontShare(b *testing.B) {
	for i := 0; i < b.N; i++ {
		twoNews(seed)
	}
}

func BenchmarkArrayNotShared(b *testing.B) {
	for i := 0; i < b.N; i++ {
		arrayAndInt(seed)
	}
}

func BenchmarkParamAndLocalShare(b *testing.B) {
	for i := 0; i < b.N; i++ {
		paramAndLocal(seed)
	}
}

func BenchmarkDifferentBlocks(b *testing.B) {
	for i := 0; i < b.N; i++ {
		differentBlocks(seed)
	}
}

func BenchmarkBoolAndInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		boolAndInt(seed)
	}
}

func BenchmarkStringNotShared(b *testing.B) {
	for i := 0; i < b.N; i++ {
		stringAndInt(seed, "s")
	}
}

func BenchmarkMovedPerIteration(b *testing.B) {
	for i := 0; i < b.N; i++ {
		perIteration(seed)
	}
}
