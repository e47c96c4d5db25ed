//go:build tgo

package reflectlite

import "unsafe"

// This file is reflectlite's boundary with tgo's run-time representation:
// the layout of interface values, and the C runtime (the body-less
// functions, implemented in runtime/stdlib_reflectlite.c as
// internal_reflectlite_<name>).  The test build for gc replaces it with an
// emulation (testdata/stdlib/emu).

// eface is an interface{} value; iface a non-empty interface value.
type eface struct {
	typ  *rtype
	word unsafe.Pointer
}

type iface struct {
	tab  *itab
	word unsafe.Pointer
}

// unpackEface returns the dynamic type and data word of i.
func unpackEface(i any) (*rtype, unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&i))
	return e.typ, e.word
}

// packEface builds the interface{} whose dynamic type is t and data word w.
func packEface(t *rtype, w unsafe.Pointer) any {
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	e.typ = t
	e.word = w
	return i
}

// loadIface reads the interface value of interface type t stored at p and
// returns its dynamic type (nil for a nil interface) and data word.
func loadIface(t *rtype, p unsafe.Pointer) (*rtype, unsafe.Pointer) {
	if t.len == 0 {
		e := (*eface)(p)
		return e.typ, e.word
	}
	x := (*iface)(p)
	if x.tab == nil {
		return nil, nil
	}
	return x.tab.typ, x.word
}

// storeIface stores at p, a variable of interface type t, the interface
// value with dynamic type vt (which implements t) and data word w.
func storeIface(t *rtype, p unsafe.Pointer, vt *rtype, w unsafe.Pointer) {
	if t.len == 0 {
		e := (*eface)(p)
		e.typ = vt
		e.word = w
		return
	}
	x := (*iface)(p)
	if vt == nil {
		x.tab = nil
	} else {
		x.tab = (*itab)(getitab(t, vt))
	}
	x.word = w
}

// maplen is len(m) for a map pointer: the map object's first word.
func maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return *(*int)(m)
}

// typedmemmove copies a value of type t from src to dst.  The collector
// stops the world and uses no write barriers, so a byte copy will do.
func typedmemmove(t *rtype, dst, src unsafe.Pointer) {
	if t.size == 0 || dst == src {
		return
	}
	copy(unsafe.Slice((*byte)(dst), t.size), unsafe.Slice((*byte)(src), t.size))
}

// hiter is the C runtime's MapIter (MAPITER_SIZE = 128 bytes): the current
// key and element (key == nil once done) and the iterator's state, which
// holds pointers into the map, hence the pointer-typed words.
type hiter struct {
	key   unsafe.Pointer
	elem  unsafe.Pointer
	state [14]unsafe.Pointer
}

// unsafe_New allocates a zeroed value of type t (mallocgc with t).
//
//go:noescape
func unsafe_New(t *rtype) unsafe.Pointer

// getitab returns the itab of (interface type inter, concrete type typ);
// typ is known to implement inter.
//
//go:noescape
func getitab(inter *rtype, typ *rtype) unsafe.Pointer

// mapiterinit starts an iteration over map m of map type t and moves to
// the first entry.
//
//go:noescape
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

// mapiternext moves to the next entry.
//
//go:noescape
func mapiternext(it *hiter)
