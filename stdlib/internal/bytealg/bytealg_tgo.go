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

// LastIndexByteString returns the index of the last c in s, or -1.
//
//go:noescape
func LastIndexByteString(s string, c byte) int

// LastIndexByte returns the index of the last c in b, or -1.
//
//go:noescape
func LastIndexByte(b []byte, c byte) int

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
