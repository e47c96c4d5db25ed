// Package atomic (internal/runtime/atomic) holds the atomic types package
// runtime uses, as far as tgo's runtime needs them: gc inlines
// runtime.NumGoroutine, and with it runtime.gcount and the
// (*Int32).Load of sched.ngsys it calls, into the caller, so the type is
// here under Go's names.  Goroutines run on one thread and switch only
// where they block or yield, so a plain read is atomic.
package atomic

// Int32 is an atomically accessed int32 value.
type Int32 struct {
	noCopy noCopy
	value  int32
}

// Load accesses and returns the value atomically.
func (i *Int32) Load() int32 {
	return i.value
}

// Store updates the value atomically.
func (i *Int32) Store(value int32) {
	i.value = value
}

// Add adds delta to i atomically, returning the new value.
func (i *Int32) Add(delta int32) int32 {
	i.value += delta
	return i.value
}

// noCopy may be embedded into structs which must not be copied after
// first use (go vet's copylocks check).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
