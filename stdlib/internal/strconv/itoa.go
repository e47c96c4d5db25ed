package strconv

import "math/bits"

// digitChars are the digits of bases up to 36.
const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// pairs holds the two-digit decimal strings 00..99, back to back; the
// numbers 0..99 are formatted as substrings of it (and of digitChars),
// without allocating.
const pairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// smallString returns the decimal string of 0 <= i < 100.
func smallString(i int) string {
	if i < 10 {
		return digitChars[i : i+1]
	}
	return pairs[i*2 : i*2+2]
}

// FormatUint returns the string representation of i in the given base,
// 2 <= base <= 36, with lower-case letters for digits >= 10.
func FormatUint(i uint64, base int) string {
	if base == 10 {
		if i < 100 {
			return smallString(int(i))
		}
		var buf [24]byte
		at := putDecimal(buf[:], i)
		return string(buf[at:])
	}
	_, s := formatBits(nil, i, base, false, false)
	return s
}

// FormatInt returns the string representation of i in the given base,
// 2 <= base <= 36, with lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string {
	if base == 10 {
		if 0 <= i && i < 100 {
			return smallString(int(i))
		}
		var buf [24]byte
		u := uint64(i)
		if i < 0 {
			u = -u
		}
		at := putDecimal(buf[:], u)
		if i < 0 {
			at--
			buf[at] = '-'
		}
		return string(buf[at:])
	}
	_, s := formatBits(nil, uint64(i), base, i < 0, false)
	return s
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends the string form of i, as FormatInt makes it, to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	u := uint64(i)
	if i < 0 {
		dst = append(dst, '-')
		u = -u
	}
	return AppendUint(dst, u, base)
}

// AppendUint appends the string form of i, as FormatUint makes it, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	if base == 10 {
		if i < 100 {
			return append(dst, smallString(int(i))...)
		}
		var buf [24]byte
		at := putDecimal(buf[:], i)
		return append(dst, buf[at:]...)
	}
	dst, _ = formatBits(dst, i, base, false, true)
	return dst
}

// formatBits formats u in a base other than 10: as a negative number if
// neg (u is then the two's complement), appended to dst if appendTo, else
// as a new string.
func formatBits(dst []byte, u uint64, base int, neg, appendTo bool) (d []byte, s string) {
	if base < 2 || base == 10 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [64 + 1]byte // 64 binary digits and a sign
	at := len(buf)
	if neg {
		u = -u
	}
	b := uint64(base)
	if base&(base-1) == 0 {
		// A power of two: shift and mask.
		shift := uint(bits.TrailingZeros(uint(base)))
		mask := b - 1
		for u >= b {
			at--
			buf[at] = digitChars[u&mask]
			u >>= shift
		}
	} else {
		for u >= b {
			q := u / b
			at--
			buf[at] = digitChars[u-q*b]
			u = q
		}
	}
	at--
	buf[at] = digitChars[u]
	if neg {
		at--
		buf[at] = '-'
	}
	if appendTo {
		d = append(dst, buf[at:]...)
		return
	}
	s = string(buf[at:])
	return
}

// putDecimal writes the decimal digits of u at the end of buf and returns
// the index of the first one.
func putDecimal(buf []byte, u uint64) int {
	at := len(buf)
	// Nine digits at a time in 32-bit arithmetic while u is large.
	for u >= 1e9 {
		q := u / 1e9
		chunk := uint32(u - q*1e9)
		u = q
		for k := 0; k < 4; k++ {
			two := chunk % 100 * 2
			chunk /= 100
			at -= 2
			buf[at], buf[at+1] = pairs[two], pairs[two+1]
		}
		at--
		buf[at] = byte('0' + chunk)
	}
	small := uint32(u)
	for small >= 100 {
		two := small % 100 * 2
		small /= 100
		at -= 2
		buf[at], buf[at+1] = pairs[two], pairs[two+1]
	}
	if small >= 10 {
		at -= 2
		buf[at], buf[at+1] = pairs[small*2], pairs[small*2+1]
	} else {
		at--
		buf[at] = byte('0' + small)
	}
	return at
}
