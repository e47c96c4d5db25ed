// runtime.go — what internal/sync takes from tgo's C runtime
// (runtime/sema.c).  The declarations have no body; tgo calls
// internal_sync_<name> in C.

package sync

// runtime_SemacquireMutex waits until *s > 0 and then decrements it; lifo
// puts the caller at the front of the queue (a waiter that has waited
// before).  A goroutine blocked here is reported as [sync.Mutex.Lock].
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and readies the first waiter; with
// handoff the count goes straight to that waiter and the caller yields.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_nanotime reads the monotonic clock.
func runtime_nanotime() int64

// throw and fatal end the program with "fatal error: s".
func throw(s string)
func fatal(s string)
