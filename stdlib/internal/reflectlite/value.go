//go:build tgo || tgoemu

package reflectlite

import "unsafe"

// flag holds a Value's kind and how its ptr is to be read, as in reflect:
//
//	bits 0-4   the Kind
//	stickyRO   obtained through an unexported non-embedded field
//	embedRO    obtained through an unexported embedded field (the fields
//	           of such a value are not read-only by inheritance)
//	indir      ptr points to the value; otherwise ptr is the value (only
//	           for pointer-shaped types)
//	addr       the value is addressable (it lives in a variable, a slice
//	           element or behind a pointer)
type flag uintptr

const (
	flagKindWidth      = 5
	flagKindMask  flag = 1<<flagKindWidth - 1
	flagStickyRO  flag = 1 << 5
	flagEmbedRO   flag = 1 << 6
	flagIndir     flag = 1 << 7
	flagAddr      flag = 1 << 8
	flagRO             = flagStickyRO | flagEmbedRO
)

func (f flag) kind() Kind {
	return Kind(f & flagKindMask)
}

// ro turns either read-only bit into the one that sticks to derived values.
func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// Value is a Go value seen through reflection.  The zero Value is invalid.
type Value struct {
	typ *rtype
	ptr unsafe.Pointer
	fl  flag
}

// A ValueError reports a Value method used on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// sliceHeader and stringHeader are the layouts of slices and strings.
type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// zeroVal is where zero-sized values point.
var zeroVal [8]byte

// TypeOf returns the dynamic type of i, or nil when i is nil.
func TypeOf(i any) Type {
	t, _ := unpackEface(i)
	return t
}

// ValueOf returns a Value holding the dynamic value of i; ValueOf(nil) is
// the zero Value.
func ValueOf(i any) Value {
	t, w := unpackEface(i)
	if t == nil {
		return Value{}
	}
	f := flag(t.kind)
	if !t.directIface() {
		f |= flagIndir
	}
	return Value{t, w, f}
}

func (v Value) mustBe(k Kind, method string) {
	if v.fl.kind() != k {
		panic(&ValueError{method, v.fl.kind()})
	}
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool {
	return v.fl != 0
}

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	return v.fl.kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.fl == 0 {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// CanAddr reports whether v is addressable.
func (v Value) CanAddr() bool {
	return v.fl&flagAddr != 0
}

// CanSet reports whether v is addressable and not reached through
// unexported fields.
func (v Value) CanSet() bool {
	return v.fl&(flagAddr|flagRO) == flagAddr
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.fl == 0 {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.fl&flagRO == 0
}

// pointer returns the word of a pointer-shaped value.
func (v Value) pointer() unsafe.Pointer {
	if v.fl&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// Interface returns v's value as an interface{}.  Like reflect it copies
// an addressable value that is not pointer-shaped, so that the result does
// not change when the variable does.
func (v Value) Interface() any {
	if v.fl == 0 {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.fl&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return valueInterface(v)
}

func valueInterface(v Value) any {
	if v.fl.kind() == Interface {
		t, w := loadIface(v.typ, v.ptr)
		return packEface(t, w)
	}
	return packEface(v.typ, packWord(v))
}

// packWord is the interface data word for v.
func packWord(v Value) unsafe.Pointer {
	t := v.typ
	switch {
	case !t.directIface():
		p := v.ptr
		if v.fl&flagAddr != 0 {
			c := unsafe_New(t)
			typedmemmove(t, c, p)
			p = c
		}
		return p
	case v.fl&flagIndir != 0:
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// Bool returns v's value; v must be a bool.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// Int returns the value of a signed integer.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.fl.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.fl.kind()})
}

// Uint returns the value of an unsigned integer.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.fl.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.fl.kind()})
}

// Float returns the value of a float32 or float64.
func (v Value) Float() float64 {
	switch v.fl.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.fl.kind()})
}

// Complex returns the value of a complex64 or complex128.
func (v Value) Complex() complex128 {
	switch v.fl.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.fl.kind()})
}

// String returns the value of a string; for other kinds, like reflect, it
// returns "<T Value>" instead of panicking.
func (v Value) String() string {
	if v.fl.kind() == String {
		return *(*string)(v.ptr)
	}
	if v.fl == 0 {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

// Len returns the length of an array, slice, string or map.
func (v Value) Len() int {
	switch v.fl.kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Map:
		return maplen(v.pointer())
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return int(v.typ.elem.len)
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.fl.kind()})
}

// Cap returns the capacity of an array or slice.
func (v Value) Cap() int {
	switch v.fl.kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	}
	panic(&ValueError{"reflect.Value.Cap", v.fl.kind()})
}

// Index returns the i'th element of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.fl.kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		p := unsafe.Add(v.ptr, uintptr(i)*et.size)
		return Value{et, p, v.fl&(flagIndir|flagAddr) | v.fl.ro() | flag(et.kind)}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		p := unsafe.Add(s.Data, uintptr(i)*et.size)
		return Value{et, p, flagAddr | flagIndir | v.fl.ro() | flag(et.kind)}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		p := unsafe.Add(s.Data, i)
		return Value{TypeOf(uint8(0)), p, v.fl.ro() | flag(Uint8) | flagIndir}
	}
	panic(&ValueError{"reflect.Value.Index", v.fl.kind()})
}

// Bytes returns the contents of a byte slice or of an addressable byte
// array.
func (v Value) Bytes() []byte {
	switch v.fl.kind() {
	case Slice:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if v.fl&flagAddr == 0 {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), int(v.typ.len))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.fl.kind()})
}

// NumField returns the number of fields of a struct.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return int(v.typ.len)
}

// Field returns the i'th field of a struct.
func (v Value) Field(i int) Value {
	if v.fl.kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.fl.kind()})
	}
	if uint(i) >= uint(v.typ.len) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.field(i)
	ft := f.typ
	// the field inherits indirection, addressability and a sticky
	// read-only mark, but not the embedded read-only mark
	fl := v.fl&(flagStickyRO|flagIndir|flagAddr) | flag(ft.kind)
	if !isExportedName(cstring(f.name)) {
		if f.embedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	if fl&flagIndir == 0 && ft.size == 0 {
		// a zero-sized field next to the pointer of a direct struct
		return Value{ft, unsafe.Pointer(&zeroVal[0]), fl | flagIndir}
	}
	// indirect: ptr + offset; direct (a one-pointer struct): the field is
	// the word itself, at offset 0
	return Value{ft, unsafe.Add(v.ptr, f.offset), fl}
}

// Elem returns the value an interface holds or a pointer points to (the
// zero Value for a nil interface or pointer).
func (v Value) Elem() Value {
	switch v.fl.kind() {
	case Interface:
		t, w := loadIface(v.typ, v.ptr)
		if t == nil {
			return Value{}
		}
		f := flag(t.kind) | v.fl.ro()
		if !t.directIface() {
			f |= flagIndir
		}
		return Value{t, w, f}
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		et := v.typ.elem
		return Value{et, p, v.fl&flagRO | flagIndir | flagAddr | flag(et.kind)}
	}
	panic(&ValueError{"reflect.Value.Elem", v.fl.kind()})
}

// IsNil reports whether a chan, func, interface, map, pointer or slice is
// nil.
func (v Value) IsNil() bool {
	switch v.fl.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.fl.kind()})
}

// UnsafePointer returns the pointer a pointer-shaped value holds, the
// code pointer of a func, or the data pointer of a slice or string.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.fl.kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return v.pointer()
	case Func:
		p := v.pointer()
		if p != nil {
			p = *(*unsafe.Pointer)(p)
		}
		return p
	case Slice:
		return (*sliceHeader)(v.ptr).Data
	case String:
		return (*stringHeader)(v.ptr).Data
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.fl.kind()})
}

// Pointer is UnsafePointer as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.fl.kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice, String:
		return uintptr(v.UnsafePointer())
	}
	panic(&ValueError{"reflect.Value.Pointer", v.fl.kind()})
}

// Set assigns x to v, which must be settable; x must be assignable to
// v's type.
func (v Value) Set(x Value) {
	if v.fl&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if v.fl&flagAddr == 0 {
		panic("reflect: reflect.Value.Set using unaddressable value")
	}
	if x.fl == 0 {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if x.fl&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	dst := v.typ
	switch {
	case directlyAssignable(dst, x.typ):
		if x.fl&flagIndir != 0 {
			typedmemmove(dst, v.ptr, x.ptr)
		} else {
			storePointer(v.ptr, x.ptr)
		}
	case implements(dst, x.typ):
		var t *rtype
		var w unsafe.Pointer
		if x.fl.kind() == Interface {
			t, w = loadIface(x.typ, x.ptr)
		} else {
			t, w = x.typ, packWord(x)
		}
		storeIface(dst, v.ptr, t, w)
	default:
		panic("reflect.Set: value of type " + x.typ.String() + " is not assignable to type " + dst.String())
	}
}

// MapRange returns an iterator over the entries of a map.
func (v Value) MapRange() *MapIter {
	if v.fl.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.fl.kind()})
	}
	return &MapIter{m: v}
}

// A MapIter walks a map in the runtime's (randomised) order.
type MapIter struct {
	m       Value
	started bool
	it      hiter
}

// Reset makes it iterate over map v from the start (v must be a map; the
// zero Value releases the map).
func (it *MapIter) Reset(v Value) {
	if v.IsValid() && v.fl.kind() != Map {
		panic(&ValueError{"reflect.MapIter.Reset", v.fl.kind()})
	}
	it.m = v
	it.started = false
	it.it = hiter{}
}

// Next advances to the next entry and reports whether there is one.
func (it *MapIter) Next() bool {
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, it.m.pointer(), &it.it)
	} else {
		if it.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

// Key returns a copy of the current entry's key.
func (it *MapIter) Key() Value {
	if !it.started || it.it.key == nil {
		panic("MapIter.Key called before Next")
	}
	kt := it.m.typ.key
	return copyVal(kt, it.m.fl.ro()|flag(kt.kind), it.it.key)
}

// Value returns a copy of the current entry's element.
func (it *MapIter) Value() Value {
	if !it.started || it.it.key == nil {
		panic("MapIter.Value called before Next")
	}
	et := it.m.typ.elem
	return copyVal(et, it.m.fl.ro()|flag(et.kind), it.it.elem)
}

// copyVal makes a Value of the data at p that later changes of the map do
// not affect.
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	if !t.directIface() {
		c := unsafe_New(t)
		typedmemmove(t, c, p)
		return Value{t, c, fl | flagIndir}
	}
	return Value{t, *(*unsafe.Pointer)(p), fl}
}
