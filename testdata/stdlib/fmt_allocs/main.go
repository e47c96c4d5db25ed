// fmt_allocs: allocations (count and bytes per call, in the steady state)
// of common fmt calls, measured with runtime.MemStats the way
// testing.AllocsPerRun does.  tgo's fmt must allocate exactly what Go's
// does: the result string, the boxing the compiler does at the call, and
// what reflection copies (addressable fields, map entries) — never the
// printer.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
)

type T struct {
	A int
	B string
	C float64
}

type S struct{ n int }

func (s S) String() string { return "S" }

type P struct{}

func (P) String() string { panic("no") }

var (
	sinkS   string
	sinkE   error
	sinkB   []byte
	intVar  = 1000
	smallV  = 7
	fVar    = 3.25
	strVar  = "hello, world"
	sliceV  = []int{1, 2, 3}
	structV = T{1, "x", 2.5}
	ptrV    = &T{1, "x", 2.5}
	mapV    = map[string]int{"a": 1, "b": 2, "c": 3}
	mapI    = map[int]int{1: 1, 2: 2}
	errV    = errors.New("e")
	buf     = make([]byte, 0, 256)
)

// allocsPerRun is allocsPerRun: the average number of heap
// allocations per call of f, after one warm-up call.
func allocsPerRun(runs int, f func()) float64 {
	f()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&m1)
	return float64((m1.Mallocs - m0.Mallocs) / uint64(runs))
}

func bytesPerRun(runs int, f func()) uint64 {
	f()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&m1)
	// rounded: a tiny-allocator block more or less (16 B) must not show
	return (m1.TotalAlloc - m0.TotalAlloc + uint64(runs)/2) / uint64(runs)
}

func measure(name string, f func()) {
	a := allocsPerRun(200, f)
	b := bytesPerRun(10000, f)
	fmt.Printf("%-28s %4.1f allocs %5d B\n", name, a, b)
}

func main() {
	// no collection during the measurements: a cycle retires the tiny
	// allocator's block and shifts the bytes counted
	debug.SetGCPercent(-1)
	// one P, hence one tiny block (each P of gc has its own)
	runtime.GOMAXPROCS(1)
	measure("Sprintf %d 99", func() { sinkS = fmt.Sprintf("%d", 99) })
	measure("Sprintf %d 7", func() { sinkS = fmt.Sprintf("%d", 7) })
	measure("Sprintf %d var", func() { sinkS = fmt.Sprintf("%d", intVar) })
	measure("Sprintf %d small var", func() { sinkS = fmt.Sprintf("%d", smallV) })
	measure("Sprintf %v float", func() { sinkS = fmt.Sprintf("%v", fVar) })
	measure("Sprintf %s string", func() { sinkS = fmt.Sprintf("%s!", strVar) })
	measure("Sprintf %q string", func() { sinkS = fmt.Sprintf("%q", strVar) })
	measure("Sprintf %x string", func() { sinkS = fmt.Sprintf("%x", strVar) })
	measure("Sprintf %08.3f", func() { sinkS = fmt.Sprintf("%08.3f", fVar) })
	measure("Sprintf %e", func() { sinkS = fmt.Sprintf("%e", fVar) })
	measure("Sprintf %100d", func() { sinkS = fmt.Sprintf("%100d", smallV) })
	measure("Sprintf %v slice", func() { sinkS = fmt.Sprintf("%v", sliceV) })
	measure("Sprintf %v struct", func() { sinkS = fmt.Sprintf("%v", structV) })
	measure("Sprintf %+v ptr", func() { sinkS = fmt.Sprintf("%+v", ptrV) })
	measure("Sprintf %#v ptr", func() { sinkS = fmt.Sprintf("%#v", ptrV) })
	measure("Sprintf %v map", func() { sinkS = fmt.Sprintf("%v", mapV) })
	measure("Sprintf %v map int", func() { sinkS = fmt.Sprintf("%v", mapI) })
	measure("Sprintf %T", func() { sinkS = fmt.Sprintf("%T", structV) })
	measure("Sprintf %v Stringer", func() { sinkS = fmt.Sprintf("%v", S{1}) })
	measure("Sprintf %v panic", func() { sinkS = fmt.Sprintf("%v", P{}) })
	measure("Sprintf %v error", func() { sinkS = fmt.Sprintf("%v", errV) })
	measure("Sprintf bad verb", func() { sinkS = fmt.Sprintf("%d", strVar) })
	measure("Sprintf extra", func() { sinkS = fmt.Sprintf("x", 1) })
	measure("Sprintf 3 args", func() { sinkS = fmt.Sprintf("%d-%s-%v", 1, "a", true) })
	measure("Sprint 2 ints", func() { sinkS = fmt.Sprint(1, 2) })
	measure("Sprint var", func() { sinkS = fmt.Sprint(intVar) })
	measure("Sprintln", func() { sinkS = fmt.Sprintln("a", 1, nil) })
	measure("Fprintf Discard", func() { fmt.Fprintf(io.Discard, "%d %s", intVar, strVar) })
	measure("Fprintln Discard", func() { fmt.Fprintln(io.Discard, intVar) })
	measure("Fprint Discard small", func() { fmt.Fprint(io.Discard, smallV) })
	measure("Appendf", func() { sinkB = fmt.Appendf(buf[:0], "%d", 12345) })
	measure("Append", func() { sinkB = fmt.Append(buf[:0], 1, "x") })
	measure("Appendln", func() { sinkB = fmt.Appendln(buf[:0], smallV) })
	measure("Errorf static", func() { sinkE = fmt.Errorf("static") })
	measure("Errorf %d", func() { sinkE = fmt.Errorf("x %d", intVar) })
	measure("Errorf %w", func() { sinkE = fmt.Errorf("w: %w", errV) })
	measure("Errorf 2x%w", func() { sinkE = fmt.Errorf("%w %w", errV, io.EOF) })
	measure("Sprintf %w", func() { sinkS = fmt.Sprintf("%w", errV) })
	measure("Sprintf %v []byte", func() { sinkS = fmt.Sprintf("%v", []byte("ab")) })
	measure("Sprintf %s [4]byte", func() { sinkS = fmt.Sprintf("%s", [4]byte{'a', 'b', 'c', 'd'}) })
	measure("Sprintf %v nil", func() { sinkS = fmt.Sprintf("%v", nil) })
	measure("Sprintf %v any slice", func() { sinkS = fmt.Sprintf("%v", []any{1, "a"}) })
	measure("Sprintf %[2]d %[1]d", func() { sinkS = fmt.Sprintf("%[2]d %[1]d", 1, 2) })
	measure("Sprintf %*d", func() { sinkS = fmt.Sprintf("%*d", 5, 1) })
	fmt.Println(allocsPerRun(2, func() { fmt.Println(intVar) }))
	fmt.Println(allocsPerRun(2, func() { fmt.Fprintln(os.Stdout, "x", smallV) }))
	fmt.Println(allocsPerRun(2, func() { fmt.Printf("%d %v\n", smallV, structV) }))
}
