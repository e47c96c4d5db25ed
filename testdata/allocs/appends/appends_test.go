// Slices: appends in a loop whose result escapes grow on the heap (a
// stack buffer first, then move2heap in Go 1.26); make with a variable
// size that does not escape fits the 32-byte stack buffer
// (-d=variablemakehash=n turns that off).
package appends

import "testing"

var (
	sinkI []int
	total int
	n4    = 4
	n100  = 100
)

//go:noinline
func appendN(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func BenchmarkAppendLoopEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = appendN(10)
	}
}

func BenchmarkMakeVariableSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, n4)
		s[0] = i
		total += s[0]
	}
}

func BenchmarkMakeVariableLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, n100)
		s[0] = i
		total += s[0]
	}
}
