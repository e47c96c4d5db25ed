// Bitwise & | ^ &^ on signed and unsigned integers of several sizes.
package main

func main() {
	a, b := 0b1100, 0b1010
	println(a&b, a|b, a^b, a&^b)
	var x, y uint8 = 0xF0, 0x3C
	println(x&y, x|y, x^y, x&^y)
	var s, t int8 = -1, 0x55
	println(s&t, s|t, s^t, s&^t)
	var u, v uint64 = 0xFFFF0000FFFF0000, 0x0123456789ABCDEF
	println(u&v, u|v, u^v, u&^v)
	var n int32 = -8
	println(n&7, n|7, n^-1, n&^-16)
	mask := 0
	for i := 0; i < 8; i += 2 {
		mask |= 1 << i
	}
	println(mask)
}
