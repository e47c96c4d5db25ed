// The result of a shift has the type of its left operand; untyped constants take their type from context.
package main

func main() {
	var s uint = 9
	var b byte = 1
	println(b<<s, int(b)<<s)
	var i16 int16 = 1
	println(i16<<15, i16<<16)
	var x int64 = 1 << s
	println(x)
	var f float64 = 3
	println(f * float64(int(1)<<s))
	var u32 uint32 = 0xDEADBEEF
	println(u32>>16, u32<<16, uint16(u32>>8))
	const c = 1 << 3
	var small int8 = c << 3
	println(small)
}
