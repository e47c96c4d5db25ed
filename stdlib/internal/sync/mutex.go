// Package sync (internal/sync) holds the Mutex that sync.Mutex wraps, as
// Go 1.26 arranges it: sync.(*Mutex).Lock calls internal/sync's
// (*Mutex).Lock, and gc inlines both into the caller, so their bodies here
// have Go's shape (a fast path on the state word, a call to lockSlow or
// unlockSlow otherwise).
//
// The algorithm is Go's on one thread.  The state word holds a locked bit,
// a woken bit (a waiter has been woken and is on its way), a starving bit
// and the number of waiters.  A goroutine that cannot lock queues on the
// semaphore; Unlock wakes one.  Normal mode lets a woken waiter compete
// with newcomers (on one thread, the goroutine that unlocked usually runs
// on and may lock again first); a waiter that has waited more than 1 ms
// switches the mutex to starvation mode, where Unlock hands the mutex
// directly to the first waiter.  Go spins before queueing only with
// several processors, so nothing spins here.
//
// Goroutines switch only where they block or yield, so the compare-and-swap
// and add of Go's fast paths are plain reads and writes of m.state (gc
// compiles sync/atomic's functions to instructions, never to inlined
// calls, so -m prints the same either way).
package sync

// A Mutex is a mutual exclusion lock.  The zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if m.state == 0 { // CompareAndSwap(&m.state, 0, mutexLocked)
		m.state = mutexLocked
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	m.state = old | mutexLocked
	return true
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	for {
		old := m.state
		next := old
		if old&mutexStarving == 0 {
			next |= mutexLocked // newcomers do not take a starving mutex
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			next += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			next |= mutexStarving
		}
		if awoke {
			if next&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			next &^= mutexWoken
		}
		m.state = next
		if old&(mutexLocked|mutexStarving) == 0 {
			return // we took it
		}
		queueLifo := waitStartTime != 0
		if waitStartTime == 0 {
			waitStartTime = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, queueLifo, 2)
		starving = starving || runtime_nanotime()-waitStartTime > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// Handed to us: we hold it now.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving // last waiter, or not starving: leave starvation mode
			}
			m.state += delta
			return
		}
		awoke = true
	}
}

// Unlock unlocks m.  Unlocking an unlocked mutex is a fatal error.  A
// locked Mutex is not tied to a goroutine: one may lock it and another
// unlock it.
func (m *Mutex) Unlock() {
	m.state -= mutexLocked // AddInt32(&m.state, -mutexLocked)
	new := m.state
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		runtime_Semrelease(&m.sema, true, 2)
		return
	}
	old := new
	if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
		return // nobody to wake, or someone else will
	}
	m.state = (old - 1<<mutexWaiterShift) | mutexWoken
	runtime_Semrelease(&m.sema, false, 2)
}
