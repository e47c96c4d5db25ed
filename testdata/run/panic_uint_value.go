// panic with an unsigned or sized integer value prints the number in full.
package main

func main() {
	var u uint64 = 1<<64 - 1
	var b byte = 200
	println(b)
	panic(u)
}
