// Integer conversions between sizes: truncation keeps low bits, sign extension, unsigned reinterpretation.
package main

func main() {
	var x int64 = 0x123456789ABCDEF0
	println(int32(x), int16(x), int8(x), uint8(x), uint16(x), uint32(x))
	var n int8 = -1
	println(uint8(n), uint16(n), uint32(n), uint64(n), int64(n))
	var u8 uint8 = 200
	println(int8(u8), int(u8), int16(int8(u8)))
	var big uint64 = 1<<63 + 5
	println(int64(big), int(big), uint32(big))
	var i16 int16 = -32768
	println(-i16, uint16(i16), int32(i16))
	var r rune = -2
	println(uint32(r), byte(r))
	var ptr uintptr = 1<<64 - 1
	println(uint64(ptr), int32(ptr))
	vals := []int{255, 256, 257, -129, 128}
	for _, v := range vals {
		print(int8(v), "/", uint8(v), " ")
	}
	println()
}
