// Shift counts at or beyond the operand's width give 0 (or -1 for right shifts of negatives).
package main

func main() {
	var n uint = 64
	var x uint64 = 0xFFFF
	println(x<<n, x>>n, x<<(n-1), x>>(n-60))
	var neg int64 = -12345
	println(neg>>n, neg<<n, neg>>63, neg>>100)
	var pos int64 = 12345
	println(pos>>n, pos>>200)
	var b uint8 = 0xFF
	var s8 uint = 8
	println(b<<s8, b>>s8, b<<7, b>>7)
	var i8 int8 = -100
	println(i8>>s8, i8<<s8, i8>>7)
	var i32 int32 = 1
	var c uint32 = 31
	println(i32<<c, i32<<(c+1))
	var u16 uint16 = 1
	var big uint64 = 1 << 40
	println(u16<<big, u16>>big)
}
