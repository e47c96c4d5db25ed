// MinInt / -1 overflows to MinInt and MinInt % -1 is 0, without a trap, for every signed size.
package main

func main() {
	var m64 int64 = -1 << 63
	var n1 int64 = -1
	println(m64/n1, m64%n1)
	var m32 int32 = -1 << 31
	var n32 int32 = -1
	println(m32/n32, m32%n32)
	var m16 int16 = -1 << 15
	var n16 int16 = -1
	println(m16/n16, m16%n16)
	var m8 int8 = -1 << 7
	var n8 int8 = -1
	println(m8/n8, m8%n8)
	m := -1 << 63
	d := -1
	println(m/d, m%d)
	m64 /= n1
	println(m64)
}
