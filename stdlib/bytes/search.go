package bytes

import (
	"internal/bytealg"
	"unicode/utf8"
)

// primeRK is the multiplier of the Rabin-Karp rolling hash.
const primeRK = 16777619

func powRK(n int) uint32 {
	var pow, sq uint32 = 1, primeRK
	for i := n; i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int { return bytealg.IndexByte(b, c) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return bytealg.LastIndexByte(s, c) }

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n == len(s):
		if Equal(sep, s) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	return bytealg.Index(s, sep)
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	var hashsep, h uint32
	for i := n - 1; i >= 0; i-- {
		hashsep = hashsep*primeRK + uint32(sep[i])
	}
	pow := powRK(n)
	last := len(s) - n
	for i := len(s) - 1; i >= last; i-- {
		h = h*primeRK + uint32(s[i])
	}
	if h == hashsep && Equal(s[last:], sep) {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h *= primeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i+n])
		if h == hashsep && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first instance of the rune r in
// s, or -1; for utf8.RuneError, the first invalid sequence or U+FFFD.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return Index(s, buf[:n])
}

// Count returns the number of non-overlapping instances of sep in s; for
// an empty sep, one plus the number of runes.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		return bytealg.Count(s, sep[0])
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Equal reports whether a and b hold the same bytes; nil equals empty.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytewise; nil equals empty.
func Compare(a, b []byte) int { return bytealg.Compare(a, b) }
