// mutex.go — Mutex, Go's algorithm (sync/mutex.go and
// internal/sync/mutex.go) on one thread.
//
// The state word holds a locked bit, a woken bit (a waiter has been woken
// and is on its way), a starving bit and the number of waiters.  A goroutine
// that cannot lock queues on the semaphore; Unlock wakes one.  Normal mode
// lets a woken waiter compete with newcomers (on one thread, the goroutine
// that unlocked usually runs on and may lock again first); a waiter that has
// waited more than 1 ms switches the mutex to starvation mode, where
// Unlock hands the mutex directly to the first waiter.  Go spins before
// queueing only with several processors, so nothing spins here.

package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock.  The zero value is unlocked.  A
// Mutex must not be copied after first use.
type Mutex struct {
	_     noCopy
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1000000
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if m.state == 0 {
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
	var waitStart int64
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
				fatal("sync: inconsistent mutex state")
			}
			next &^= mutexWoken
		}
		m.state = next
		if old&(mutexLocked|mutexStarving) == 0 {
			return // we took it
		}
		lifo := waitStart != 0
		if waitStart == 0 {
			waitStart = nanotime()
		}
		semacquire(&m.sema, lifo, waitMutexLock)
		starving = starving || nanotime()-waitStart > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// Handed to us: we hold it now.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
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
	m.state -= mutexLocked
	if m.state != 0 {
		m.unlockSlow(m.state)
	}
}

func (m *Mutex) unlockSlow(next int32) {
	if (next+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if next&mutexStarving != 0 {
		semrelease(&m.sema, true)
		return
	}
	old := next
	if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
		return // nobody to wake, or someone else will
	}
	m.state = (old - 1<<mutexWaiterShift) | mutexWoken
	semrelease(&m.sema, false)
}

// noCopy marks structs that must not be copied (go vet's copylocks check
// looks for its Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
