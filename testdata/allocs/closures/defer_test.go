// defer: a top-level defer keeps its closure in the stack frame; a defer
// inside a loop allocates its record's closure on the heap per iteration
// (facts §1.4, §12.13).
package closures

import "testing"

//go:noinline
func deferTop(x int) (r int) {
	defer func() { r += x }()
	return x
}

//go:noinline
func deferLoop(n int) (r int) {
	for i := 0; i < n; i++ {
		defer func() { r += i }()
	}
	return 0
}

//go:noinline
func deferLoopCall(n int) (r int) {
	for i := 0; i < n; i++ {
		defer add(&sinkInt, i)
	}
	return 0
}

//go:noinline
func add(p *int, v int) { *p += v }

//go:noinline
func deferRecover(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	if x < 0 {
		panic("negative")
	}
	return x
}

func BenchmarkDeferTopLevel(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += deferTop(i)
	}
}

func BenchmarkDeferInLoop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += deferLoop(3)
	}
}

func BenchmarkDeferCallInLoop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += deferLoopCall(3)
	}
}

func BenchmarkDeferRecoverNoPanic(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkInt += deferRecover(i)
	}
}
