// Conversions between integer types truncate or sign-extend; the sign bit is reinterpreted.
package main

func main() {
	var big int64 = 0x123456789
	println(int32(big), int16(big), int8(big), uint8(big))
	var neg int64 = -1
	println(uint64(neg), uint32(neg), uint16(neg), uint8(neg))
	var n8 int8 = -5
	println(int64(n8), uint64(n8), uint8(n8), int32(n8))
	var u8 uint8 = 250
	println(int8(u8), int64(u8), uint32(u8))
	var u32 uint32 = 0xFFFFFFFF
	println(int32(u32), int64(u32), int(u32))
	var x int = 300
	println(byte(x), int8(x), rune(x))
	var h uint64 = 1 << 63
	println(int64(h), int32(h), uint32(h>>32))
	var r rune = -1
	println(uint32(r), uint16(r))
}
