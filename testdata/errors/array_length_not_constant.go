// An array length must be a constant.
package main

func main() {
	n := 4 // ERROR "declared and not used: n"
	var a [n]int // ERROR "invalid array length n$"
	println(len(a))
}
