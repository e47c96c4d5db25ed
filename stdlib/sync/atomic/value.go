// value.go — atomic.Value (sync/atomic/value.go): the value's dynamic type
// is fixed by the first Store.

package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.  A Value must not be
// copied after first use.
type Value struct {
	v any
}

// efaceWords is the layout of an interface{} value.
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

func typeOf(x *any) unsafe.Pointer {
	return (*efaceWords)(unsafe.Pointer(x)).typ
}

// Load returns the value set by the most recent Store, or nil if there
// has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value of the Value v to val.  All calls to Store for a
// given Value must use values of the same concrete type; Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

// Swap stores new into Value and returns the previous value.  It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// All calls must use values of the same concrete type; the old value must
// be comparable.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeOf(&old) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if typeOf(&v.v) != typeOf(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
