// uintptr is an unsigned integer type with arithmetic, comparison and wrap-around.
package main

func main() {
	var p uintptr = 4096
	p += 8
	println(p)
	p = p * 2
	println(p, p > 8000, p%4096)
	var z uintptr = 0
	z--
	println(z)
	println(uintptr(1) << 63)
	q := uintptr(12345)
	println(q / 10, q &^ 0xF, int(q))
}
