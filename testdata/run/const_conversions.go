// Conversions of constants: exact values become typed values of the target type.
package main

type MyInt int16

func main() {
	println(float64(1 << 62))
	println(int64(1e18))
	println(uint8(255), int8(-128))
	println(MyInt(1000) * 3)
	println(float32(1) / 3)
	println(float64(1) / 3)
	println(int(2.0), int(-7.0))
	println(uint64(1<<64 - 1))
	println(string(rune(65)), string(rune(0x4e16)))
	const big = 1 << 100
	println(float64(big))
	println(big >> 100)
	const f = 2.5
	println(int(f * 2))
	var x uint32 = 1 << 31
	println(x)
}
