// Integer remainder by zero panics with the same message as division.
package main

func main() {
	var a, b uint8 = 7, 0
	println("remainder next")
	println(a % b)
}
