// Package bytealg holds the byte-searching loops that strings and bytes
// spend their time in: in C under tgo (memchr, memmem, memcmp in
// runtime/stdlib_bytealg.c, where Go itself uses assembly), in Go for gc
// builds (bytealg_gc.go).  None of them keeps or leaks its arguments
// (//go:noescape), so they do not change what escapes in their callers.
package bytealg
