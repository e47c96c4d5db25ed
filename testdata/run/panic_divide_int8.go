// Division by zero panics for every integer size, here int8 and int64.
package main

func main() {
	var a int8 = -128
	var b int8 = -1
	println(a / b)
	var c int64 = 5
	var d int64
	println(c / d)
}
