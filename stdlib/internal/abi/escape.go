// Package abi is the part of Go's internal/abi that tgo's standard
// library uses: NoEscape.
package abi

import "unsafe"

// NoEscape hides a pointer from escape analysis: the result is p, but the
// compiler (gc's escape analysis and tgo's, which is the same) does not
// see it flow from p, because it passes through an integer.  It lets a
// value record its own address (strings.Builder) without escaping.  USE
// CAREFULLY!
func NoEscape(p unsafe.Pointer) unsafe.Pointer {
	x := uintptr(p)
	return unsafe.Pointer(x ^ 0)
}
