// proc.go — package runtime's goroutine API.  The scheduler is C
// (runtime/sched.c): one OS thread, cooperative, Go's run-queue order with
// GOMAXPROCS=1.

package runtime

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor: the calling goroutine goes to the back of
// the global run queue and others run first.
func Gosched()

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

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}
