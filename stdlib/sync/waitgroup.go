// waitgroup.go — WaitGroup (sync/waitgroup.go of Go 1.25, including Go).
//
// state holds the counter in its high 32 bits and the number of waiting
// goroutines in its low 31 bits; when the counter drops to zero every
// waiter is released through the semaphore.

package sync

// A WaitGroup waits for a collection of goroutines to finish.  A
// WaitGroup must not be copied after first use.
type WaitGroup struct {
	noCopy noCopy
	state  uint64
	sema   uint32
}

// Add adds delta, which may be negative, to the counter.  When the counter
// becomes zero, all goroutines blocked in Wait are released; if it goes
// negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	wg.state += uint64(delta) << 32
	state := wg.state
	v := int32(state >> 32)
	w := uint32(state & 0x7fffffff)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	wg.state = 0
	for ; w != 0; w-- {
		semrelease(&wg.sema, false)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	state := wg.state
	if int32(state>>32) == 0 {
		return
	}
	wg.state = state + 1
	semacquire(&wg.sema, false, waitWaitGroup)
	if wg.state != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
// When f returns, the task is removed.  A panic in f is not recovered:
// Done is not called and the program fails as for any goroutine.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done() // f returned, or called runtime.Goexit
		}()
		f()
	}()
}
