// Package utf8 is tgo's unicode/utf8: encoding and decoding of UTF-8 text,
// with Go's rules for malformed input (an invalid or truncated sequence,
// an overlong form, a surrogate half or a value above U+10FFFF decodes as
// RuneError with width 1).  Nothing here allocates.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" rune, U+FFFD
	RuneSelf  = 0x80         // runes below RuneSelf are single bytes
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding, in bytes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF

	max1 = 1<<7 - 1  // largest rune of one byte
	max2 = 1<<11 - 1 // ... of two bytes
	max3 = 1<<16 - 1 // ... of three bytes

	contMin = 0x80 // continuation bytes are contMin..contMax
	contMax = 0xBF
)

// leadClass describes each possible first byte: the low three bits are the
// length of the sequence it starts (0: it cannot start one), the high bits
// select in secondRange the bytes that may follow it.  The restricted
// second bytes exclude overlong forms (after E0, F0), surrogates (after
// ED) and values above U+10FFFF (after F4).
const (
	bad = 0x00
	asc = 0x01
	c2  = 0x02        // C2..DF: two bytes
	c3  = 0x03        // E1..EC, EE..EF: three bytes
	e0  = 0x03 | 1<<4 // E0: three bytes, second byte A0..BF
	ed  = 0x03 | 2<<4 // ED: three bytes, second byte 80..9F
	c4  = 0x04        // F1..F3: four bytes
	f0  = 0x04 | 3<<4 // F0: four bytes, second byte 90..BF
	f4  = 0x04 | 4<<4 // F4: four bytes, second byte 80..8F
)

// byteRange is an inclusive range of byte values.
type byteRange struct{ lo, hi uint8 }

var secondRange = [16]byteRange{
	{contMin, contMax},
	{0xA0, contMax},
	{contMin, 0x9F},
	{0x90, contMax},
	{contMin, 0x8F},
}

var leadClass = [256]uint8{
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 00
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 10
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 20
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 30
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 40
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 50
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 60
	asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, asc, // 70
	bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, // 80
	bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, // 90
	bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, // A0
	bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, // B0
	bad, bad, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, // C0
	c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, c2, // D0
	e0, c3, c3, c3, c3, c3, c3, c3, c3, c3, c3, c3, c3, ed, c3, c3, // E0
	f0, c4, c4, c4, f4, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad, // F0
}

func isCont(b byte) bool { return contMin <= b && b <= contMax }

// decodeRuneInStringSlow decodes the first rune of s when it is not a
// single ASCII byte.
func decodeRuneInStringSlow(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	c := leadClass[s[0]]
	n := int(c & 7)
	if n == 0 || len(s) < n {
		return RuneError, 1
	}
	rg := secondRange[c>>4]
	b1 := s[1]
	if b1 < rg.lo || rg.hi < b1 {
		return RuneError, 1
	}
	if n == 2 {
		return rune(s[0]&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(s[0]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(s[0]&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// decodeRuneSlow is decodeRuneInStringSlow for a byte slice.
func decodeRuneSlow(p []byte) (rune, int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	c := leadClass[p[0]]
	n := int(c & 7)
	if n == 0 || len(p) < n {
		return RuneError, 1
	}
	rg := secondRange[c>>4]
	b1 := p[1]
	if b1 < rg.lo || rg.hi < b1 {
		return RuneError, 1
	}
	if n == 2 {
		return rune(p[0]&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(p[0]&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(p[0]&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune
// and its width in bytes: (RuneError, 0) for an empty p, (RuneError, 1)
// for an invalid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	// The ASCII case is small enough to inline into the caller.
	for _, b := range p {
		if b < RuneSelf {
			return rune(b), 1
		}
		break
	}
	r, size = decodeRuneSlow(p)
	return
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if s != "" && s[0] < RuneSelf {
		return rune(s[0]), 1
	} else {
		r, size = decodeRuneInStringSlow(s)
	}
	return
}

// DecodeLastRune unpacks the last UTF-8 encoding in p: (RuneError, 0) for
// an empty p, (RuneError, 1) for an invalid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up to the byte that could start the last rune, at most UTFMax
	// bytes, then decode forward: the rune must end exactly at end.
	start := end - 1
	for limit := max(end-UTFMax, 0); start > limit && !RuneStart(p[start]); {
		start--
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for limit := max(end-UTFMax, 0); start > limit && !RuneStart(s[start]); {
		start--
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune;
// an invalid encoding counts as a full rune (it decodes as RuneError with
// width 1).
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	c := leadClass[p[0]]
	if n >= int(c&7) {
		return true // ASCII, invalid, or complete
	}
	// A short sequence is "full" when its bytes so far are already invalid.
	rg := secondRange[c>>4]
	if n > 1 && (p[1] < rg.lo || rg.hi < p[1]) {
		return true
	} else if n > 2 && (p[2] < contMin || contMax < p[2]) {
		return true
	}
	return false
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := leadClass[s[0]]
	if n >= int(c&7) {
		return true
	}
	rg := secondRange[c>>4]
	if n > 1 && (s[1] < rg.lo || rg.hi < s[1]) {
		return true
	} else if n > 2 && (s[2] < contMin || contMax < s[2]) {
		return true
	}
	return false
}

// RuneLen returns the number of bytes of the UTF-8 encoding of r, or -1
// if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= max1:
		return 1
	case r <= max2:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= max3:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large
// enough, and returns the number of bytes written.  An invalid rune is
// written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) <= max1 {
		p[0] = byte(r)
		return 1
	}
	return encodeMulti(p, r)
}

func encodeMulti(p []byte, r rune) int {
	u := uint32(r)
	switch {
	case u <= max2:
		_ = p[1]
		p[0] = 0xC0 | byte(u>>6)
		p[1] = 0x80 | byte(u)&0x3F
		return 2
	case u > MaxRune || surrogateMin <= u && u <= surrogateMax:
		_ = p[2]
		p[0], p[1], p[2] = 0xEF, 0xBF, 0xBD // RuneError
		return 3
	case u <= max3:
		_ = p[2]
		p[0] = 0xE0 | byte(u>>12)
		p[1] = 0x80 | byte(u>>6)&0x3F
		p[2] = 0x80 | byte(u)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(u>>18)
	p[1] = 0x80 | byte(u>>12)&0x3F
	p[2] = 0x80 | byte(u>>6)&0x3F
	p[3] = 0x80 | byte(u)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p and returns the extended
// slice.  An invalid rune is appended as RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= max1 {
		return append(p, byte(r))
	}
	return appendMulti(p, r)
}

func appendMulti(p []byte, r rune) []byte {
	u := uint32(r)
	switch {
	case u <= max2:
		return append(p, 0xC0|byte(u>>6), 0x80|byte(u)&0x3F)
	case u > MaxRune || surrogateMin <= u && u <= surrogateMax:
		return append(p, 0xEF, 0xBF, 0xBD)
	case u <= max3:
		return append(p, 0xE0|byte(u>>12), 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
	}
	return append(p, 0xF0|byte(u>>18), 0x80|byte(u>>12)&0x3F, 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
}

// RuneCount returns the number of runes in p; each invalid byte counts as
// one rune.
func RuneCount(p []byte) int {
	n := 0
	for ; n < len(p); n++ {
		if p[n] >= RuneSelf {
			// The rest as a string: like Go, this copies more than 32
			// bytes to the heap (the conversion does not escape).
			return n + RuneCountInString(string(p[n:]))
		}
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune
// (it is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8 encodings.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := decodeRuneSlow(p[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8
// encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := decodeRuneInStringSlow(s[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidRune reports whether r can be encoded as UTF-8: it is in range
// and not a surrogate half.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}
