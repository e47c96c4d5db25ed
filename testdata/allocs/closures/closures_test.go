// Closures (facts §7, §12.1, §12.5): a closure that does not escape lives
// on the stack; one that captures nothing is a static function value even
// when stored in a global; an escaping closure is one allocation, plus
// the variables it captures by reference (reassigned, address-taken or
// larger than 128 bytes), which move to the heap — small pointer-free ones
// declared in the same block share one allocation of up to 16 bytes.
package closures

import "testing"

var (
	sinkF    func() int
	sinkV    func()
	sinkInt  int
	sinkInts []int
	seed     = 7
	ten      = 10
)

// counter: n is incremented by the closure, so it is captured by
// reference; both the closure and n are on the heap.
//
//go:noinline
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func BenchmarkCounterEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = counter()
	}
}

// The same counter used only locally: closure and n on the stack.
func BenchmarkCounterLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		n := 0
		inc := func() int { n++; return n }
		inc()
		sinkInt += inc()
	}
}

func BenchmarkNoCaptureEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = func() int { return 42 }
	}
}

// x is never reassigned: captured by value, copied into the closure.
//
//go:noinline
func byValue(x int) func() int {
	return func() int { return x }
}

func BenchmarkCaptureByValueEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = byValue(seed)
	}
}

// a and b captured by reference, pointer-free, same block: one shared
// 16-byte allocation plus the closure.
//
//go:noinline
func twoCounters() func() int {
	a, b := 0, 0
	return func() int { a++; b += 2; return a + b }
}

func BenchmarkTwoIntsByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = twoCounters()
	}
}

//go:noinline
func threeCounters() func() int {
	a, b, c := 0, 0, 0
	return func() int { a++; b++; c++; return a + b + c }
}

func BenchmarkThreeIntsByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = threeCounters()
	}
}

//go:noinline
func threeInt32s() func() int {
	var a, b, c int32
	return func() int { a++; b++; c++; return int(a + b + c) }
}

func BenchmarkThreeInt32sByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = threeInt32s()
	}
}

// A captured parameter and a local, both reassigned.
//
//go:noinline
func paramAndLocal(p int) func() int {
	q := 1
	return func() int { p++; q++; return p + q }
}

func BenchmarkParamAndLocalByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = paramAndLocal(seed)
	}
}

// A [2]int is never placed in the shared block.
//
//go:noinline
func arrayByRef() func() int {
	var a [2]int
	c := 0
	return func() int { a[0]++; c++; return a[0] + c }
}

func BenchmarkArrayByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = arrayByRef()
	}
}

// A 136-byte array never reassigned is still captured by reference
// (larger than 128 bytes).
//
//go:noinline
func bigArray(x int) func() int {
	var a [17]int
	a[3] = x
	return func() int { return a[3] }
}

func BenchmarkBigArrayCaptured(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = bigArray(seed)
	}
}

// A 128-byte array is captured by value, copied into the closure.
//
//go:noinline
func smallArray(x int) func() int {
	a := [16]int{3: x}
	return func() int { return a[3] }
}

func BenchmarkSmallArrayCaptured(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = smallArray(seed)
	}
}

// The address of x is taken: captured by reference.
//
//go:noinline
func addrTaken(x int) func() int {
	p := &x
	return func() int { return *p + x }
}

func BenchmarkAddrTakenCaptured(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = addrTaken(seed)
	}
}

//go:noinline
func call(f func() int) int { return f() }

// A closure passed to a function that only calls it does not escape.
func BenchmarkClosureArgNotEscaping(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		sinkInt += call(func() int { return x + 1 })
	}
}

var saved func() int

//go:noinline
func keep(f func() int) { saved = f }

func BenchmarkClosureArgEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		keep(func() int { return x + 1 })
	}
}

// A func literal called at once is a direct call: no closure object.
func BenchmarkImmediatelyCalled(b *testing.B) {
	for i := 0; i < b.N; i++ {
		x := i
		sinkInt += func() int { return x * 2 }()
	}
}

// A slice built by appends in a loop and captured by an escaping closure
// is still captured by value (§12.5).
//
//go:noinline
func sliceCaptured(n int) func() int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return func() int { return len(s) }
}

func BenchmarkAppendedSliceCaptured(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = sliceCaptured(ten)
	}
}

// Closures created in a loop, each capturing its own loop variable
// (Go 1.22 semantics), all kept: one allocation each.
//
//go:noinline
func perIteration(n int) []func() int {
	fs := make([]func() int, 0, 8)
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

var sinkFs []func() int

func BenchmarkLoopVarClosures(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkFs = perIteration(4)
	}
}

// A loop variable incremented inside the closure is captured by
// reference: per iteration a closure and a variable.
//
//go:noinline
func perIterationByRef(n int) []func() int {
	fs := make([]func() int, 0, 8)
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { i++; return i })
	}
	return fs
}

func BenchmarkLoopVarClosuresByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkFs = perIterationByRef(4)
	}
}

// A closure capturing a string and a slice by value.
//
//go:noinline
func capturePointers(s string, xs []int) func() int {
	return func() int { return len(s) + len(xs) }
}

var str = "hello"

func BenchmarkCaptureStringAndSlice(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = capturePointers(str, sinkInts)
	}
}
