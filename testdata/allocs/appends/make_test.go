// make (facts §1.5, §1.6, §3.1, §3.2): a constant-size make that does not
// escape is a stack array up to 64 KiB; a variable-size one uses Go
// 1.25's 32-byte stack buffer when cap*sizeof(T) <= 32 (so never for
// elements over 32 bytes); a local that always holds a constant counts as
// that constant.
package appends

import "testing"

type (
	elem24 struct{ a, b, c int64 }
	elem40 struct{ a, b, c, d, e int64 }
)

var (
	n0, n1, n2, n3, n5, n32, n33 = 0, 1, 2, 3, 5, 32, 33
	sinkB                        []byte
	sinkP                        []*int
)

func BenchmarkMakeConst32Bytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, 32)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeConst64KiB(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, 65536)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeConstTooLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, 65537)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeConstEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = make([]int, 10)
	}
}

func BenchmarkMakeVariableEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = make([]int, n3)
	}
}

// size is never reassigned: make([]byte, 128) for escape analysis.
func BenchmarkMakeLocalConstant(b *testing.B) {
	for i := 0; i < b.N; i++ {
		size := 128
		s := make([]byte, size)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeBytes32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, n32)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeBytes33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, n33)
		s[i%32] = 1
		total += int(s[0])
	}
}

func BenchmarkMakeBytes0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]byte, n0)
		total += len(s)
	}
}

func BenchmarkMakeInts5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, n5)
		s[i%5] = 1
		total += s[0]
	}
}

func BenchmarkMakeElem24One(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]elem24, n1)
		s[0].a = int64(i)
		total += int(s[0].a)
	}
}

func BenchmarkMakeElem24Two(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]elem24, n2)
		s[0].a = int64(i)
		total += int(s[0].a)
	}
}

// 40-byte elements never fit the 32-byte buffer.
func BenchmarkMakeElem40One(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]elem40, n1)
		s[0].a = int64(i)
		total += int(s[0].a)
	}
}

// The capacity is the requested one (3), not the buffer's (4).
func BenchmarkMakeLenCap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]int, n2, n3)
		s = append(s, i)
		s = append(s, i) // cap 3 -> heap
		total += cap(s)
	}
}

func BenchmarkMakePointers(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]*int, n3)
		s[0] = &total
		total += len(s)
	}
}

func BenchmarkMakeZeroSizeElem(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := make([]struct{}, n33)
		total += len(s)
	}
}

//go:noinline
func extend(n int) []byte { return append([]byte(nil), make([]byte, n)...) }

// append(s, make([]T, n)...) is one growslice in gc: the make never exists.
func BenchmarkExtendByMake10(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = extend(10)
	}
}

func BenchmarkExtendByMake40(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = extend(40)
	}
}

// Preallocated vs growing, for a slice that escapes.
//
//go:noinline
func prealloc(n int) []int {
	s := make([]int, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func BenchmarkPreallocEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = prealloc(100)
	}
}

func BenchmarkGrowingEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = appendN(100)
	}
}
