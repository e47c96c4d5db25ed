// Package bench holds the benchmarks `make demo` gives to `tgo compare`:
// the Go blog's "Allocating on the stack" examples (Go 1.25/1.26: a
// 32-byte stack buffer for variable-size makes and for append-built
// slices, move2heap for append-built slices that escape) and the classic
// stack-versus-heap teaching cases.  Each reports allocs/op and B/op; real
// Go and tgo should agree on every one (with -gcflags=-l: tgo has no
// inliner yet).
package bench

import (
	"strconv"
	"testing"
)

// task is 8 bytes: four of them fill the 32-byte stack buffer.
type task struct{ id int }

var (
	input = make([]task, 16)
	total int
	sizes = []int{3, 4, 5, 10}
)

// processAll only reads its argument, so tasks does not escape.
//
//go:noinline
func processAll(ts []task) {
	for _, t := range ts {
		total += t.id
	}
}

// process appends to a nil slice: Go 1.26 starts it in a stack buffer, so
// up to four tasks cost no allocation.
func process(in []task) {
	var tasks []task
	for _, t := range in {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

// processConst makes room for 10 tasks: a constant size that does not
// escape lives on the stack (since long before Go 1.25).
func processConst(in []task) {
	tasks := make([]task, 0, 10)
	for _, t := range in {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

// processGuess makes room for a variable number of tasks: Go 1.25 uses the
// stack buffer when they fit in 32 bytes.
func processGuess(in []task, guess int) {
	tasks := make([]task, 0, guess)
	for _, t := range in {
		tasks = append(tasks, t)
	}
	processAll(tasks)
}

var kept []task

// extract returns an append-built slice: Go 1.26 builds it on the stack
// and moves it to the heap once, at the return (move2heap).
//
//go:noinline
func extract(in []task) []task {
	var out []task
	for _, t := range in {
		out = append(out, t)
	}
	return out
}

func BenchmarkProcess(b *testing.B) {
	for _, n := range sizes {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				process(input[:n])
			}
		})
	}
}

func BenchmarkProcessConst(b *testing.B) {
	for i := 0; i < b.N; i++ {
		processConst(input[:10])
	}
}

func BenchmarkProcessGuess(b *testing.B) {
	for _, n := range sizes {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				processGuess(input[:n], n)
			}
		})
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, n := range sizes {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				kept = extract(input[:n])
			}
		})
	}
}

type point struct{ x, y int }

var (
	sinkP *point
	sinkV point
)

// newPoint returns a pointer: the point outlives the call (heap).
//
//go:noinline
func newPoint(x, y int) *point { return &point{x, y} }

// makePoint returns a copy: the point lives in the caller's frame.
//
//go:noinline
func makePoint(x, y int) point { return point{x, y} }

func BenchmarkNewPoint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkP = newPoint(i, i)
	}
}

func BenchmarkMakePoint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkV = makePoint(i, i)
	}
}

var sinkF func() int

// counter returns a closure that keeps its count: the closure and the
// captured variable it updates both move to the heap.
//
//go:noinline
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func BenchmarkCounter(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkF = counter()
	}
}

var sinkAny any

func BenchmarkBoxSmallInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkAny = i & 0xff // below 256: a static value, no allocation
	}
}

func BenchmarkBoxLargeInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkAny = i | 0x1000 // 8 bytes on the heap
	}
}
