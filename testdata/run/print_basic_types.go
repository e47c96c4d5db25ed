// println formats of every basic type: bool, signed/unsigned ints of each size, floats, strings, runes.
package main

type MyInt int
type MyStr string

func main() {
	var b bool = true
	var i8 int8 = -8
	var i16 int16 = -16
	var i32 int32 = -32
	var i64 int64 = -64
	var u8 uint8 = 8
	var u16 uint16 = 16
	var u32 uint32 = 32
	var u64 uint64 = 64
	var up uintptr = 128
	var f32 float32 = 3.25
	var f64 float64 = -6.5
	var r rune = 'R'
	var by byte = 'B'
	var s string = "str"
	println(b, !b)
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64, up)
	println(f32, f64)
	println(r, by, s)
	println(MyInt(7), MyStr("named"))
	println(1, 2.0, 'c', "const")
}
