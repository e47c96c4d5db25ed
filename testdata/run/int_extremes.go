// The minimum and maximum of every integer type, computed at run time and printed.
package main

func main() {
	var i8 int8 = 1
	var i16 int16 = 1
	var i32 int32 = 1
	var i64 int64 = 1
	for i := 0; i < 7; i++ {
		i8 *= 2
	}
	for i := 0; i < 15; i++ {
		i16 *= 2
	}
	for i := 0; i < 31; i++ {
		i32 *= 2
	}
	for i := 0; i < 63; i++ {
		i64 *= 2
	}
	println(i8, i8-1)
	println(i16, i16-1)
	println(i32, i32-1)
	println(i64, i64-1)
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var u uint
	println(u8-1, u16-1, u32-1)
	println(u64-1, u-1)
	var n int
	println(^n, ^n+1)
	println(-1<<63 == i64)
}
