// int64, uint64, int and uint arithmetic wrap around at run time.
package main

func main() {
	var a int64 = 9223372036854775807
	a++
	println(a)
	var b int64 = -9223372036854775808
	b--
	println(b)
	var c int64 = 1 << 62
	println(c * 4, c*2)
	var u uint64 = 18446744073709551615
	u++
	println(u)
	var v uint64 = 0
	v--
	println(v)
	var n int = 1 << 62
	n += n
	println(n)
	var w uint = 1 << 63
	println(w + w, w - 1)
	var big uint64 = 0xFFFFFFFFFFFF
	println(big * big)
}
