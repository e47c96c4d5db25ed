// new and &T{} that do not escape live on the stack; the loop-depth rule
// and gc's size limits send them to the heap anyway; slices of pointers
// cost one allocation per element, slices of values none.
package pointers

import "testing"

type big struct{ a [70000]byte }   // > 64 KiB: too large for an implicit stack object
type huge struct{ a [140000]byte } // > 128 KiB: too large for a stack variable

var (
	sinkBig  *big
	sinkPtrs []*T
	sinkVals []T
	ten      = 10
	sinkIP   *int
)

func BenchmarkNewLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(T)
		p.a = i
		sinkInt += p.a
	}
}

func BenchmarkNewEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(T)
		p.a = i
		sinkP = p
	}
}

// new(big) does not escape but is larger than 64 KiB: heap.
func BenchmarkNewTooLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(big)
		p.a[i%100] = 1
		sinkInt += int(p.a[0])
	}
}

// A declared variable may be up to 128 KiB on the stack...
func BenchmarkVarLargeStack(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var x big
		p := &x
		p.a[i%100] = 1
		sinkInt += int(p.a[0])
	}
}

// ... above that it is moved to the heap.
func BenchmarkVarTooLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var x huge
		p := &x
		p.a[i%100] = 1
		sinkInt += int(p.a[0])
	}
}

//go:noinline
func loopDepth(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		p = new(int) // p is declared outside the loop: heap
		*p = i
	}
	return *p
}

//go:noinline
func loopDepthInside(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := new(int) // declared in the loop: stack
		*p = i
		s += *p
	}
	return s
}

func BenchmarkLoopDepthOuter(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += loopDepth(3)
	}
}

func BenchmarkLoopDepthInner(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += loopDepthInside(3)
	}
}

//go:noinline
func pointers(n int) []*T {
	s := make([]*T, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, &T{a: i})
	}
	return s
}

//go:noinline
func values(n int) []T {
	s := make([]T, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, T{a: i})
	}
	return s
}

func BenchmarkSliceOfPointers(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkPtrs = pointers(ten)
	}
}

func BenchmarkSliceOfValues(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkVals = values(ten)
	}
}

//go:noinline
func sumPointers(n int) int {
	var s []*T
	for i := 0; i < n; i++ {
		s = append(s, &T{a: i})
	}
	t := 0
	for _, p := range s {
		t += p.a
	}
	return t
}

//go:noinline
func sumValues(n int) int {
	var s []T
	for i := 0; i < n; i++ {
		s = append(s, T{a: i})
	}
	t := 0
	for _, v := range s {
		t += v.a
	}
	return t
}

// Local slices: &T{} appended to a slice escapes (append's elements flow
// to the heap); the values are copied into the (growing) backing store.
func BenchmarkLocalSliceOfPointers(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += sumPointers(ten)
	}
}

func BenchmarkLocalSliceOfValues(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += sumValues(ten)
	}
}

//go:noinline
func addrOfParam(x int) *int { return &x }

func BenchmarkAddrOfParam(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkIP = addrOfParam(i)
	}
}

// Go 1.26 new(expr): a fresh variable initialized to the value.
func BenchmarkNewExprEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkIP = new(i)
	}
}

func BenchmarkNewExprLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		p := new(i + 1)
		sinkInt += *p
	}
}
