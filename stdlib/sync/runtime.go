// runtime.go — what package sync takes from tgo's C runtime
// (runtime/sema.c): semaphores, notify lists, fatal errors, the clock.
// The declarations have no body; tgo calls sync_<name> in C.

package sync

import "unsafe"

// Why a goroutine waits, for the deadlock report (semacquire's reason).
const (
	waitSemacquire   = 0 // "semacquire"
	waitMutexLock    = 1 // "sync.Mutex.Lock"
	waitRWMutexRLock = 2 // "sync.RWMutex.RLock"
	waitRWMutexLock  = 3 // "sync.RWMutex.Lock"
	waitWaitGroup    = 4 // "sync.WaitGroup.Wait"
)

// semacquire waits until *addr > 0 and then decrements it.  lifo puts the
// caller at the front of the addr's queue (a Mutex waiter that has waited
// before).
func semacquire(addr *uint32, lifo bool, reason int)

// semrelease increments *addr and readies the first waiter; with handoff
// the count goes straight to that waiter and the caller yields to it.
func semrelease(addr *uint32, handoff bool)

// notifyList is a ticket-based list of waiters (sync.Cond); the C runtime
// knows its layout.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

func notifyListAdd(l *notifyList) uint32
func notifyListWait(l *notifyList, t uint32)
func notifyListNotifyAll(l *notifyList)
func notifyListNotifyOne(l *notifyList)

// fatal ends the program with "fatal error: s" (not a recoverable panic).
func fatal(s string)

// nanotime reads the monotonic clock.
func nanotime() int64

// gcCount returns the number of collections so far (pool.go clears pools
// lazily, one step per collection).
func gcCount() uint32
