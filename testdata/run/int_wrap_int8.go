// int8 arithmetic wraps around at run time (two's complement), including negation of -128.
package main

func main() {
	var a int8 = 127
	a++
	println(a)
	a--
	println(a)
	var b int8 = -128
	b = -b
	println(b)
	var c int8 = 100
	println(c+c, c*3, -c-c)
	var d int8 = -1
	println(d * -128)
	var e int8 = 64
	e <<= 1
	println(e)
	var m int8 = -128
	println(m / -1, m % -1)
}
