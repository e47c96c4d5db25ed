// proc.go — package runtime's goroutine API.  The scheduler is C
// (runtime/sched.c): one OS thread, cooperative, Go's run-queue order with
// GOMAXPROCS=1.  gc inlines Gosched and NumGoroutine into the caller (and
// checkTimeouts, gcount and the atomic load gcount makes into them), so
// those have Go's shape around calls into the C scheduler.

package runtime

import "internal/runtime/atomic"

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int {
	return int(gcount(false))
}

// gcount counts the goroutines that exist, without the system ones (tgo
// has none: sched.ngsys stays 0) unless includeSys.
func gcount(includeSys bool) int32 {
	n := int32(liveGoroutines())
	if !includeSys {
		n -= sched.ngsys.Load()
	}
	if n < 1 {
		n = 1
	}
	return n
}

// The scheduler's state that Go code reads.
type schedt struct {
	ngsys atomic.Int32 // system goroutines
}

var sched schedt

// liveGoroutines is the C scheduler's count of goroutines that exist.
func liveGoroutines() int

// Gosched yields the processor: the calling goroutine goes to the back of
// the global run queue and others run first.
func Gosched() {
	checkTimeouts()
	gosched()
}

// checkTimeouts is empty on Linux, as in Go (js and wasm poll timers there).
func checkTimeouts() {}

// gosched puts the calling goroutine on the global run queue and switches
// to the next one (Go's mcall(gosched_m)).
func gosched()

// Goexit runs the deferred calls of the calling goroutine and then ends
// it; other goroutines are not affected.  Called from the main goroutine,
// the program keeps running the other goroutines and, when none is left,
// fails with "no goroutines (main called runtime.Goexit) - deadlock!".
func Goexit()

// MemProfileRate controls the fraction of memory allocations that are
// recorded in the memory profile.  tgo keeps no allocation profile; the
// variable exists so that programs that set it (Go's tests do) compile.
var MemProfileRate int = 512 * 1024

// LockOSThread wires the calling goroutine to its OS thread.  Every
// goroutine runs on the one thread in tgo, so there is nothing to do.
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.  (gc inlines it
// and the dounlockOSThread it calls.)
func UnlockOSThread() {
	dounlockOSThread()
}

// dounlockOSThread would unwire the goroutine from its thread.
func dounlockOSThread() {}
