// println prints large uint64 values in full, never as negative numbers.
package main

func main() {
	var max uint64 = 1<<64 - 1
	println(max)
	println(max - 1, max/2, max/2+1)
	var h uint64 = 0x8000000000000000
	println(h)
	x := uint64(12345678901234567890)
	println(x)
	var u uint = 1 << 63
	println(u)
	var p uintptr = 1<<64 - 1
	println(p)
	var u32 uint32 = 1<<32 - 1
	println(u32)
}
