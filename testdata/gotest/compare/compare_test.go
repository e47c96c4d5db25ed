// Package compare is what the gotest suite runs `tgo compare` on: with
// -gcflags=-l tgo matches gc; with -tgoflags=-d=escapeall (every
// allocation on the heap, for tgo only) the local make and the local
// pointer allocate under tgo alone — a forced difference.
package compare

import "testing"

type T struct{ a, b int }

var (
	n     = 4
	total int
	sink  *T
)

//go:noinline
func newT(x int) *T { return &T{a: x} }

func BenchmarkLocalMake(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, n)
		s[0] = i
		total += s[0]
	}
}

func BenchmarkLocalPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := &T{a: i}
		total += p.a
	}
}

func BenchmarkEscapingPointer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = newT(i)
	}
}
