// cond.go — Cond (sync/cond.go): waiters take a ticket from a notify list
// (runtime/sema.c) and park; Signal wakes the oldest, Broadcast all.

package sync

import "unsafe"

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.  L is held while
// observing or changing the condition.  A Cond must not be copied after
// first use.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; after
// being woken by Signal or Broadcast it locks c.L again before returning.
func (c *Cond) Wait() {
	c.checker.check()
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	notifyListNotifyAll(&c.notify)
}

// copyChecker holds the address of the Cond it was first used in, to
// detect copies.
type copyChecker uintptr

func (c *copyChecker) check() {
	self := uintptr(unsafe.Pointer(c))
	if *c == 0 {
		*c = copyChecker(self)
	}
	if uintptr(*c) != self {
		panic("sync.Cond is copied")
	}
}
