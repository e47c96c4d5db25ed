// int32, uint32 and rune arithmetic wrap around at run time.
package main

func main() {
	var a int32 = 2147483647
	a++
	println(a)
	var b int32 = -2147483648
	b--
	println(b)
	var c int32 = 100000
	println(c * c)
	var u uint32 = 4294967295
	u++
	println(u)
	var v uint32 = 1
	v -= 2
	println(v)
	var r rune = 0x7fffffff
	r += 2
	println(r)
	var m int32 = -2147483648
	println(-m, m/-1, m%-1)
	var x uint32 = 0x80000000
	println(x * 2, x + x - 1)
}
