// Package bits is tgo's math/bits: bit counting and manipulation on the
// unsigned integer types, and full-width add, subtract, multiply and divide.
//
// Every function is plain Go (tgo compiles it like user code); the results
// equal Go's for all inputs, including the panics of Div32/Div64 (integer
// divide by zero from an ordinary division, "integer overflow" from
// overflowError below).
package bits

// UintSize is the size of a uint in bits (64 on the only target of tgo).
const UintSize = 32 << (^uint(0) >> 63)

// ---- leading and trailing zeros, length -------------------------------

// LeadingZeros returns the number of leading zero bits in x; UintSize for 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x; 8 for 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x; 16 for 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x; 32 for 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; 64 for 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits in x; UintSize for 0.
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 returns the number of trailing zero bits in x; 8 for 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return int(lowBitIndex[(uint32(x&-x)*debruijn32)>>27])
}

// TrailingZeros16 returns the number of trailing zero bits in x; 16 for 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return int(lowBitIndex[(uint32(x&-x)*debruijn32)>>27])
}

// TrailingZeros32 returns the number of trailing zero bits in x; 32 for 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return int(lowBitIndex[((x&-x)*debruijn32)>>27])
}

// TrailingZeros64 returns the number of trailing zero bits in x; 64 for 0.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	lo := uint32(x)
	if lo != 0 {
		return int(lowBitIndex[((lo&-lo)*debruijn32)>>27])
	}
	hi := uint32(x >> 32)
	return 32 + int(lowBitIndex[((hi&-hi)*debruijn32)>>27])
}

// debruijn32 is a de Bruijn sequence: multiplying it by a power of two 2^k
// puts a distinct 5-bit pattern in the top bits for each k; lowBitIndex maps
// the pattern back to k.
const debruijn32 = 0x077CB531

var lowBitIndex = [32]uint8{
	0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8,
	31, 27, 13, 23, 21, 19, 16, 7, 26, 12, 18, 6, 11, 5, 10, 9,
}

// Len returns the minimum number of bits needed to represent x; 0 for 0.
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns the minimum number of bits needed to represent x; 0 for 0.
func Len8(x uint8) int { return int(byteLen[x]) }

// Len16 returns the minimum number of bits needed to represent x; 0 for 0.
func Len16(x uint16) int {
	if x>>8 != 0 {
		return 8 + int(byteLen[x>>8])
	}
	return int(byteLen[x])
}

// Len32 returns the minimum number of bits needed to represent x; 0 for 0.
func Len32(x uint32) int {
	n := 0
	if x>>16 != 0 {
		x >>= 16
		n = 16
	}
	if x>>8 != 0 {
		x >>= 8
		n += 8
	}
	return n + int(byteLen[x])
}

// Len64 returns the minimum number of bits needed to represent x; 0 for 0.
func Len64(x uint64) int {
	n := 0
	if x>>32 != 0 {
		x >>= 32
		n = 32
	}
	if x>>16 != 0 {
		x >>= 16
		n += 16
	}
	if x>>8 != 0 {
		x >>= 8
		n += 8
	}
	return n + int(byteLen[x])
}

// ---- population count -------------------------------------------------

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of one bits in x.
func OnesCount8(x uint8) int { return int(bytePop[x]) }

// OnesCount16 returns the number of one bits in x.
func OnesCount16(x uint16) int { return int(bytePop[x>>8]) + int(bytePop[x&0xff]) }

// OnesCount32 returns the number of one bits in x.
func OnesCount32(x uint32) int {
	return int(bytePop[x>>24]) + int(bytePop[x>>16&0xff]) + int(bytePop[x>>8&0xff]) + int(bytePop[x&0xff])
}

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) int {
	// Sum adjacent fields of growing width: pairs, nibbles, bytes, then
	// fold the byte sums together.
	x = (x & 0x5555555555555555) + (x >> 1 & 0x5555555555555555)
	x = (x & 0x3333333333333333) + (x >> 2 & 0x3333333333333333)
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	x += x >> 8
	x += x >> 16
	x += x >> 32
	return int(x & 0x7f)
}

// ---- rotation -----------------------------------------------------------

// RotateLeft returns x rotated left by (k mod UintSize) bits; a negative k
// rotates right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft8 returns x rotated left by (k mod 8) bits.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by (k mod 16) bits.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by (k mod 32) bits.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by (k mod 64) bits.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// ---- reversal -------------------------------------------------------------

// Reverse returns x with its bits in reversed order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with its bits in reversed order.
func Reverse8(x uint8) uint8 { return byteRev[x] }

// Reverse16 returns x with its bits in reversed order.
func Reverse16(x uint16) uint16 { return uint16(byteRev[x&0xff])<<8 | uint16(byteRev[x>>8]) }

// Reverse32 returns x with its bits in reversed order.
func Reverse32(x uint32) uint32 {
	x = x>>1&0x55555555 | x&0x55555555<<1
	x = x>>2&0x33333333 | x&0x33333333<<2
	x = x>>4&0x0f0f0f0f | x&0x0f0f0f0f<<4
	return ReverseBytes32(x)
}

// Reverse64 returns x with its bits in reversed order.
func Reverse64(x uint64) uint64 {
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns x with its bytes in reversed order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with its bytes in reversed order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with its bytes in reversed order.
func ReverseBytes32(x uint32) uint32 {
	x = x>>8&0x00ff00ff | x&0x00ff00ff<<8
	return x>>16 | x<<16
}

// ReverseBytes64 returns x with its bytes in reversed order.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00ff00ff00ff00ff | x&0x00ff00ff00ff00ff<<8
	x = x>>16&0x0000ffff0000ffff | x&0x0000ffff0000ffff<<16
	return x>>32 | x<<32
}

// ---- full-width arithmetic ------------------------------------------------

// Add returns x + y + carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry leaves the top bit when both tops are set, or when one is
	// set and the top of the sum is clear.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// Sub returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

// Sub64 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// Mul returns the double-width product of x and y: hi<<UintSize | lo.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y in two halves.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y in two halves.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication on 32-bit halves.
	xl, xh := x&0xffffffff, x>>32
	yl, yh := y&0xffffffff, y>>32
	ll := xl * yl
	mid := xh*yl + ll>>32
	mid2 := mid&0xffffffff + xl*yh
	hi = xh*yh + mid>>32 + mid2>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y.
// It panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 returns the quotient and remainder of (hi, lo) divided by y.
// It panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	n := uint64(hi)<<32 | uint64(lo)
	d := uint64(y) // y == 0 panics with the runtime's divide error here
	return uint32(n / d), uint32(n % d)
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y.
// It panics for y == 0 (division by zero) or y <= hi (quotient overflow).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		return lo / y, 0 // the runtime's "integer divide by zero" panic
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division in base 2^32 (Knuth's algorithm D with two digits of
	// quotient): normalise so that the divisor's top bit is set, then
	// estimate each quotient digit from the top digits and correct it.
	const b = 1 << 32
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&(b-1)
	top := hi<<s | lo>>(64-s)
	low := lo << s
	n1, n0 := low>>32, low&(b-1)

	q1 := top / yh
	r := top - q1*yh
	for q1 >= b || q1*yl > b*r+n1 {
		q1--
		r += yh
		if r >= b {
			break
		}
	}
	mid := top*b + n1 - q1*y

	q0 := mid / yh
	r = mid - q0*yh
	for q0 >= b || q0*yl > b*r+n0 {
		q0--
		r += yh
		if r >= b {
			break
		}
	}
	return q1*b + q0, (mid*b + n0 - q0*y) >> s
}

// Rem returns the remainder of (hi, lo) divided by y; it panics for y == 0
// but, unlike Div, not when the quotient overflows.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 returns the remainder of (hi, lo) divided by y.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of (hi, lo) divided by y.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi*2^64 + lo) mod y == ((hi mod y)*2^64 + lo) mod y, and the
	// reduced high word makes Div64's quotient fit.
	_, r := Div64(hi%y, lo, y)
	return r
}

// ---- the overflow panic ---------------------------------------------------

// runtimeError is the value Div32 and Div64 panic with on quotient overflow;
// it prints as Go's runtime error does ("runtime error: integer overflow").
type runtimeError struct{ msg string }

func (e *runtimeError) Error() string { return "runtime error: " + e.msg }

// RuntimeError marks the value as a run-time error, like runtime.Error.
func (e *runtimeError) RuntimeError() {}

var overflowError error = &runtimeError{"integer overflow"}
