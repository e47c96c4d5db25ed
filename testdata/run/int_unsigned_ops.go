// Unsigned division, remainder, comparison and right shift never see a sign.
package main

func main() {
	var a uint64 = 1 << 63
	var b uint64 = 3
	println(a / b, a % b, a > b)
	var c uint32 = 0xFFFFFFFF
	println(c / 2, c % 10, c >> 31, c >> 1)
	var d uint8 = 200
	println(d / 3, d % 7, d > 100)
	var e uint16 = 0x8000
	println(e >> 15, e / 0x100)
	var x int64 = -8
	println(uint64(x) >> 60, x >> 1)
}
