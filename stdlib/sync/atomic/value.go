// value.go — atomic.Value (sync/atomic/value.go): the value's dynamic type
// is fixed by the first Store.  The methods read and write the interface's
// two words through efaceWords and the Pointer functions, as Go's do: gc
// inlines Load into the caller, and the Pointer functions' addr parameters
// leak (they have no //go:noescape), which moves a Value that is used to
// the heap; tgo's must do the same.  Goroutines switch only where they
// block or yield, so no other goroutine sees a half-done first Store (Go
// marks that state with firstStoreInProgress and pins the processor).

package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.  A Value must not be
// copied after first use.
type Value struct {
	v any
}

// efaceWords is the layout of an interface value (any).
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// Load returns the value set by the most recent Store, or nil if there
// has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	vp := (*efaceWords)(unsafe.Pointer(v))
	typ := LoadPointer(&vp.typ)
	if typ == nil || typ == unsafe.Pointer(&firstStoreInProgress) {
		return nil
	}
	data := LoadPointer(&vp.data)
	vlp := (*efaceWords)(unsafe.Pointer(&val))
	vlp.typ = typ
	vlp.data = data
	return
}

// firstStoreInProgress: its address would mark a first Store under way.
var firstStoreInProgress byte

// publish makes the empty interface vp hold np: the data word first, then
// the type, which makes it visible to Load.
func (vp *efaceWords) publish(np *efaceWords) {
	StorePointer(&vp.data, np.data)
	StorePointer(&vp.typ, np.typ)
}

// Store sets the value of the Value v to val.  All calls to Store for a
// given Value must use values of the same concrete type; Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(v))
	vlp := (*efaceWords)(unsafe.Pointer(&val))
	typ := LoadPointer(&vp.typ)
	if typ == nil {
		vp.publish(vlp)
		return
	}
	if typ != vlp.typ {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	StorePointer(&vp.data, vlp.data)
}

// Swap stores new into Value and returns the previous value.  It returns
// nil if the Value is empty.  It panics as Store does.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(v))
	np := (*efaceWords)(unsafe.Pointer(&new))
	typ := LoadPointer(&vp.typ)
	if typ == nil {
		vp.publish(np)
		return nil
	}
	if typ != np.typ {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	op := (*efaceWords)(unsafe.Pointer(&old))
	op.typ, op.data = np.typ, SwapPointer(&vp.data, np.data)
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// It panics as Store does, and when old and new have different types.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(v))
	np := (*efaceWords)(unsafe.Pointer(&new))
	op := (*efaceWords)(unsafe.Pointer(&old))
	if op.typ != nil && np.typ != op.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	typ := LoadPointer(&vp.typ)
	if typ == nil {
		if old != nil {
			return false
		}
		vp.publish(np)
		return true
	}
	if typ != np.typ {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	data := LoadPointer(&vp.data)
	var i any
	(*efaceWords)(unsafe.Pointer(&i)).typ = typ
	(*efaceWords)(unsafe.Pointer(&i)).data = data
	if i != old {
		return false
	}
	return CompareAndSwapPointer(&vp.data, data, np.data)
}
