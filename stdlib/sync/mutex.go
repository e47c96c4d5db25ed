// mutex.go — Mutex, as Go 1.26 has it: a wrapper of internal/sync's Mutex
// (stdlib/internal/sync/mutex.go holds the algorithm).  gc inlines both
// levels of Lock, Unlock and TryLock into the caller, so these bodies are
// Go's: one call each.

package sync

import isync "internal/sync"

// A Mutex is a mutual exclusion lock.  The zero value is unlocked.  A
// Mutex must not be copied after first use.
type Mutex struct {
	_ noCopy

	mu isync.Mutex
}

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	m.mu.Lock()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return m.mu.TryLock()
}

// Unlock unlocks m.  Unlocking an unlocked mutex is a fatal error.  A
// locked Mutex is not tied to a goroutine: one may lock it and another
// unlock it.
func (m *Mutex) Unlock() {
	m.mu.Unlock()
}

// noCopy marks structs that must not be copied (go vet's copylocks check
// looks for its Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
