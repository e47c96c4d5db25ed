// uint8 (byte) arithmetic wraps modulo 256, including subtraction below zero and negation.
package main

func main() {
	var a uint8 = 255
	a++
	println(a)
	a--
	println(a)
	var b byte = 0
	b--
	println(b)
	var c byte = 200
	println(c+c, c*2, c*c)
	var d byte = 1
	println(-d, ^d)
	var e byte = 3
	println(e - 4)
	var sum byte
	for i := 0; i < 300; i++ {
		sum += 1
	}
	println(sum)
}
