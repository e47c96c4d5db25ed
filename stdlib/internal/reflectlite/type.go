//go:build tgo || tgoemu

// Package reflectlite is the small part of reflection that tgo's standard
// library needs: fmt (printing values of any type), sort.Slice (swapping
// slice elements) and errors.Is/As (comparability, assignability, storing
// through a pointer).  Its API is the subset of package reflect that those
// packages call, with the same names and the same behaviour, so the same
// client code compiles against this package under tgo and against reflect
// under gc (see reflect_gc.go).
//
// Under tgo it reads the run-time type descriptors that the compiler emits
// (struct Type in runtime/runtime.h): rtype below mirrors that C struct
// field for field.  An interface value is two words, {type or itab, data};
// a value whose type has tflagDirectIface (pointer-shaped types) is the
// data word itself, any other value is pointed to by it.
//
// The few operations that need the C runtime (allocating, map iteration,
// itabs) are in runtime_tgo.go; everything else is Go over unsafe.
package reflectlite

import "unsafe"

// A Kind is the kind of type a Type describes (reflect.Kind's numbering,
// which is also the C runtime's KIND_*).
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice",
	"string", "struct", "unsafe.Pointer",
}

// String returns the name of k as reflect prints it.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// Bits of rtype.tflag (TFLAG_* in runtime.h).
const (
	tflagNamed         = 1
	tflagComparable    = 2
	tflagDirectIface   = 4
	tflagRegularMemory = 8
)

// rtype is the C runtime's struct Type.
type rtype struct {
	size     uintptr
	ptrdata  uintptr
	hash     uint32
	kind     uint8
	align    uint8
	tflag    uint8
	_        uint8
	gcmask   *byte
	name     *byte // NUL-terminated; the type as %T prints it
	elem     *rtype
	key      *rtype
	len      uintptr        // array: length; struct: fields; interface: methods; func: in | out<<16 | variadic<<31
	extra    unsafe.Pointer // struct: *[len]structField; interface: *[len]imethod; func: *[in+out]*rtype
	uncommon *uncommonType
}

// structField is the C runtime's StructField.
type structField struct {
	name     *byte
	typ      *rtype
	offset   uintptr
	embedded uintptr
}

// method is the C runtime's Method (methods of a concrete type, by name).
type method struct {
	name *byte
	mtyp *rtype
	ifn  unsafe.Pointer
	tfn  unsafe.Pointer
}

// imethod is the C runtime's IMethod (methods of an interface, by name).
type imethod struct {
	name *byte
	mtyp *rtype
}

// uncommonType is the C runtime's Uncommon.
type uncommonType struct {
	pkgpath *byte
	mcount  uintptr
	methods unsafe.Pointer // *[mcount]method
}

// itab is the head of the C runtime's Itab.
type itab struct {
	inter *rtype
	typ   *rtype
	hash  uintptr
}

// Type describes a Go type.  Under tgo it is a pointer to the type's
// run-time descriptor; two Types are equal when they describe the same type.
type Type = *rtype

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string // the field name; for an embedded field, its type's name
	PkgPath   string // empty for exported fields
	Type      Type
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// cstring returns the NUL-terminated string at p without copying it (the
// descriptors live in read-only memory for the whole run).
func cstring(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	for *(*byte)(unsafe.Add(unsafe.Pointer(p), n)) != 0 {
		n++
	}
	return unsafe.String(p, n)
}

// isExportedName reports whether a field or method name is exported: its
// first letter is upper case (ASCII is enough for the common case; other
// letters are upper case in the ranges Unicode puts them).
func isExportedName(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := decodeRune(s)
	return isUpperRune(r)
}

// decodeRune decodes the first UTF-8 sequence of s (enough validation for
// identifiers, which the compiler has already checked).
func decodeRune(s string) (rune, int) {
	c := s[0]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && len(s) >= 2:
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	case c < 0xF0 && len(s) >= 3:
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case len(s) >= 4:
		return rune(c&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return 0xFFFD, 1
}

// isUpperRune is a small approximation of unicode.IsUpper for the letters
// that appear in identifiers outside ASCII: Latin-1 and Latin Extended-A,
// Greek and Cyrillic capitals.
func isUpperRune(r rune) bool {
	switch {
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return true
	case 0x100 <= r && r <= 0x17F:
		return r%2 == 0
	case 0x391 <= r && r <= 0x3AB:
		return true
	case 0x400 <= r && r <= 0x42F:
		return true
	}
	return false
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// String returns the type as %T prints it, e.g. "main.T" or "[]*int".
func (t *rtype) String() string {
	return cstring(t.name)
}

// Kind returns the kind of the type.
func (t *rtype) Kind() Kind {
	return Kind(t.kind)
}

// Size returns the number of bytes a value of the type occupies.
func (t *rtype) Size() uintptr {
	return t.size
}

// Align returns the alignment of a value of the type.
func (t *rtype) Align() int {
	return int(t.align)
}

// Comparable reports whether values of the type are comparable with ==.
func (t *rtype) Comparable() bool {
	return t.tflag&tflagComparable != 0
}

// directIface reports whether a value of the type is stored directly in
// an interface's data word.
func (t *rtype) directIface() bool {
	return t.tflag&tflagDirectIface != 0
}

// pointers reports whether a value of the type contains pointers.
func (t *rtype) pointers() bool {
	return t.ptrdata != 0
}

// Name returns the name of a defined type within its package ("T" for
// main.T), the name of a predeclared type ("int", "error"), or "" for an
// unnamed type.
func (t *rtype) Name() string {
	s := t.String()
	if t.tflag&tflagNamed == 0 {
		if s == "" || s[0] == '[' || s[0] == '*' || hasPrefix(s, "map[") ||
			hasPrefix(s, "func(") || hasPrefix(s, "chan ") || hasPrefix(s, "<-chan") ||
			hasPrefix(s, "struct {") || hasPrefix(s, "interface {") || hasPrefix(s, "struct{") ||
			hasPrefix(s, "interface{") {
			return ""
		}
		return s
	}
	// the part after the package qualifier (type arguments never occur)
	i := len(s) - 1
	for i >= 0 && s[i] != '.' {
		i--
	}
	return s[i+1:]
}

// PkgPath returns the import path of the package that defines a named
// type, or "".
func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 || t.uncommon == nil {
		return ""
	}
	return cstring(t.uncommon.pkgpath)
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// Elem returns the element type of an array, chan, map, pointer or slice
// type.
func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return t.elem
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Key returns the key type of a map type.
func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return t.key
}

// Len returns the length of an array type.
func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return int(t.len)
}

// NumField returns the number of fields of a struct type.
func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return int(t.len)
}

func (t *rtype) field(i int) *structField {
	return (*structField)(unsafe.Add(t.extra, uintptr(i)*unsafe.Sizeof(structField{})))
}

// Field returns the i'th field of a struct type.
func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if uint(i) >= uint(t.len) {
		panic("reflect: Field index out of bounds")
	}
	f := t.field(i)
	sf := StructField{
		Name:      cstring(f.name),
		Type:      f.typ,
		Offset:    f.offset,
		Anonymous: f.embedded != 0,
	}
	if !isExportedName(sf.Name) {
		sf.PkgPath = t.PkgPath()
		if sf.PkgPath == "" {
			sf.PkgPath = "main"
		}
	}
	return sf
}

func (t *rtype) imethod(i int) *imethod {
	return (*imethod)(unsafe.Add(t.extra, uintptr(i)*unsafe.Sizeof(imethod{})))
}

func (t *rtype) method(i int) *method {
	return (*method)(unsafe.Add(t.uncommon.methods, uintptr(i)*unsafe.Sizeof(method{})))
}

// NumMethod returns the number of methods of an interface type, or the
// number of exported methods of any other type.
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return int(t.len)
	}
	if t.uncommon == nil {
		return 0
	}
	n := 0
	for i := 0; i < int(t.uncommon.mcount); i++ {
		if isExportedName(cstring(t.method(i).name)) {
			n++
		}
	}
	return n
}

// sameType reports whether two descriptors describe the same type.  The
// compiler emits one descriptor per type, so identity is pointer equality;
// unnamed types (method signatures, for instance) are also recognised by
// their spelling, which identifies them structurally.
func sameType(a, b *rtype) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.tflag&tflagNamed != 0 || b.tflag&tflagNamed != 0 {
		return false
	}
	return a.kind == b.kind && a.size == b.size && a.String() == b.String()
}

// Implements reports whether the type implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u, t)
}

// implements reports whether a value of type v satisfies interface type
// inter.  Both method lists are sorted by name, so one pass suffices.
func implements(inter, v *rtype) bool {
	if inter.Kind() != Interface {
		return false
	}
	n := int(inter.len)
	if n == 0 {
		return true
	}
	if v.Kind() == Interface {
		j := 0
		for i := 0; i < int(v.len) && j < n; i++ {
			want := inter.imethod(j)
			have := v.imethod(i)
			if cstring(have.name) == cstring(want.name) && sameType(have.mtyp, want.mtyp) {
				j++
			}
		}
		return j == n
	}
	if v.uncommon == nil {
		return false
	}
	j := 0
	for i := 0; i < int(v.uncommon.mcount) && j < n; i++ {
		want := inter.imethod(j)
		have := v.method(i)
		if cstring(have.name) == cstring(want.name) && sameType(have.mtyp, want.mtyp) {
			j++
		}
	}
	return j == n
}

// AssignableTo reports whether a value of the type is assignable to type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return directlyAssignable(u, t) || implements(u, t)
}

// directlyAssignable: identical types, or (the case reflect also accepts)
// identical underlying types of which at least one is unnamed, for the
// kinds whose descriptors let us tell: pointers, slices, maps, arrays and
// chans with identical element types.
func directlyAssignable(dst, src *rtype) bool {
	if sameType(dst, src) {
		return true
	}
	if dst.tflag&tflagNamed != 0 && src.tflag&tflagNamed != 0 || dst.kind != src.kind {
		return false
	}
	switch dst.Kind() {
	case Pointer, Slice, Chan:
		return sameType(dst.elem, src.elem)
	case Array:
		return dst.len == src.len && sameType(dst.elem, src.elem)
	case Map:
		return sameType(dst.key, src.key) && sameType(dst.elem, src.elem)
	}
	return false
}
