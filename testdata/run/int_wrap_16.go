// int16 and uint16 wrap around at run time.
package main

func main() {
	var a int16 = 32767
	a++
	println(a)
	var b int16 = -32768
	b--
	println(b)
	var c int16 = 300
	println(c * c)
	var u uint16 = 65535
	u++
	println(u)
	var v uint16 = 0
	v -= 2
	println(v)
	var w uint16 = 1000
	println(w * 100)
	var m int16 = -32768
	println(-m, m/-1)
}
