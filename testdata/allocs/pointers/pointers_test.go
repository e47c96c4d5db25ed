// Returning pointers and values: &T{} that escapes through the result is
// one heap allocation of T's size class; a T returned by value is none.
package pointers

import "testing"

type T struct {
	a, b, c int
}

var (
	sinkP *T
	sinkV T
)

//go:noinline
func newT(x int) *T { return &T{a: x} }

//go:noinline
func valueT(x int) T { return T{a: x} }

func BenchmarkReturnPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkP = newT(i)
	}
}

func BenchmarkReturnValue(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkV = valueT(i)
	}
}

func BenchmarkLocalPointer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		p := &T{a: 1}
		sinkV.a += p.a
	}
}
