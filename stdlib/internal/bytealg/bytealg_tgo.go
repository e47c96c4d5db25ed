//go:build tgo

package bytealg

// IndexByteString returns the index of the first c in s, or -1.
//
//go:noescape
func IndexByteString(s string, c byte) int

// IndexByte returns the index of the first c in b, or -1.
//
//go:noescape
func IndexByte(b []byte, c byte) int

// IndexString returns the index of the first instance of sub in s, or -1.
//
//go:noescape
func IndexString(s, sub string) int

// Index returns the index of the first instance of sub in b, or -1.
//
//go:noescape
func Index(b, sub []byte) int

// CountString returns the number of c in s.
//
//go:noescape
func CountString(s string, c byte) int

// Count returns the number of c in b.
//
//go:noescape
func Count(b []byte, c byte) int

// Compare compares a and b bytewise: -1, 0 or +1.
//
//go:noescape
func Compare(a, b []byte) int

// abigen_runtime_cmpstring is the runtime's string comparison (C
// cmpstring).  As in Go, it is declared without //go:noescape, so its
// arguments leak: gc moves a string compared with strings.Compare to the
// heap, and so must tgo.
func abigen_runtime_cmpstring(a, b string) int
