// Package bytealg holds the byte-searching loops that strings and bytes
// spend their time in: in C under tgo (memchr, memmem, memcmp in
// runtime/stdlib_bytealg.c, where Go itself uses assembly), in Go for gc
// builds (bytealg_gc.go).  None of them keeps or leaks its arguments
// (//go:noescape), so they do not change what escapes in their callers;
// but for CompareString, whose arguments leak as in Go (see
// abigen_runtime_cmpstring).
package bytealg

// The functions below are Go in Go's own internal/bytealg too (on amd64),
// and gc inlines them into their callers (strings.LastIndexByte,
// strings.Compare, ...), so they are written as Go writes them, for both
// builds.

// LastIndexByteString returns the index of the last c in s, or -1.
func LastIndexByteString(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in b, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// CompareString compares a and b bytewise: -1, 0 or +1.
func CompareString(a, b string) int {
	return abigen_runtime_cmpstring(a, b)
}
