package strings

import (
	"internal/abi"
	"unicode/utf8"
	"unsafe"
)

// A Builder builds a string with Write methods, copying as little as
// possible: String returns the accumulated bytes without a copy.  Its
// buffer grows like a Go slice grows under append.  The zero value is
// ready to use; a non-zero Builder must not be copied.
type Builder struct {
	addr *Builder // the receiver, to detect copies by value
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = (*Builder)(abi.NoEscape(unsafe.Pointer(b)))
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return *(*string)(unsafe.Pointer(&b.buf))
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// grow gives the buffer room for n more bytes: a new buffer of at least
// twice the capacity plus n, rounded up to the allocator's size class.
func (b *Builder) grow(n int) {
	buf := allocBytes(2*cap(b.buf) + n)[:len(b.buf)]
	copy(buf, b.buf)
	b.buf = buf
}

// allocBytes returns a new byte slice of length n whose capacity is n
// rounded up to the allocator's size class (as Go's bytealg.MakeNoZero):
// gc and tgo compile an append of make([]byte, n) to one growslice, which
// rounds the capacity, without allocating the made slice.  Like
// MakeNoZero it is not inlined (which keeps grow out of its callers).
//
//go:noinline
func allocBytes(n int) []byte {
	if n == 0 {
		return make([]byte, 0)
	}
	return append([]byte(nil), make([]byte, n)...)
}

// Grow grows b's capacity, if necessary, to have room for n more bytes
// without another allocation.  It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends p to b's buffer; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c to b's buffer; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer and returns its
// length and nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s to b's buffer; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
