//go:build tgo || tgoemu

package reflectlite

import "unsafe"

// storePointer stores the pointer word w at p.
func storePointer(p, w unsafe.Pointer) {
	*(*unsafe.Pointer)(p) = w
}

// Swapper returns a function that swaps the elements i and j of the given
// slice (sort.Slice's helper).  It panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	et := v.typ.elem
	size := et.size
	// element shapes that ordinary Go assignments can swap
	if et.pointers() {
		if size == unsafe.Sizeof(uintptr(0)) {
			ps := *(*[]unsafe.Pointer)(v.ptr)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		}
		if et.Kind() == String {
			ss := *(*[]string)(v.ptr)
			return func(i, j int) { ss[i], ss[j] = ss[j], ss[i] }
		}
	} else {
		switch size {
		case 8:
			xs := *(*[]int64)(v.ptr)
			return func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }
		case 4:
			xs := *(*[]int32)(v.ptr)
			return func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }
		case 2:
			xs := *(*[]int16)(v.ptr)
			return func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }
		case 1:
			xs := *(*[]int8)(v.ptr)
			return func(i, j int) { xs[i], xs[j] = xs[j], xs[i] }
		}
	}
	s := (*sliceHeader)(v.ptr)
	tmp := unsafe_New(et)
	return func(i, j int) {
		if uint(i) >= uint(s.Len) || uint(j) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(s.Data, uintptr(i)*size)
		b := unsafe.Add(s.Data, uintptr(j)*size)
		typedmemmove(et, tmp, a)
		typedmemmove(et, a, b)
		typedmemmove(et, b, tmp)
	}
}
