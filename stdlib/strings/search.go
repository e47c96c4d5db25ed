package strings

import (
	"internal/bytealg"
	"internal/stringslite"
	"unicode/utf8"
)

// primeRK is the multiplier of the Rabin-Karp rolling hash.
const primeRK = 16777619

// hashStrRev returns the hash of sep read backwards and primeRK**len(sep).
func hashStrRev(sep string) (uint32, uint32) {
	var h uint32
	for i := len(sep) - 1; i >= 0; i-- {
		h = h*primeRK + uint32(sep[i])
	}
	var pow, sq uint32 = 1, primeRK
	for i := len(sep); i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return h, pow
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int { return stringslite.IndexByte(s, c) }

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int { return bytealg.LastIndexByteString(s, c) }

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int { return stringslite.Index(s, substr) }

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n == len(s):
		if substr == s {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	hashss, pow := hashStrRev(substr)
	last := len(s) - n
	var h uint32
	for i := len(s) - 1; i >= last; i-- {
		h = h*primeRK + uint32(s[i])
	}
	if h == hashss && s[last:] == substr {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h *= primeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i+n])
		if h == hashss && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r in s,
// or -1.  For utf8.RuneError it finds the first invalid UTF-8 sequence or
// encoded U+FFFD; an invalid rune is never found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return Index(s, string(buf[:n]))
}

// Count returns the number of non-overlapping instances of substr in s;
// for an empty substr, one plus the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	if len(substr) == 1 {
		return bytealg.CountString(s, substr[0])
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// bytewise.
func Compare(a, b string) int {
	return bytealg.CompareString(a, b)
}
