// Package variables whose initializers depend on each other.
package main

var a = b + 1 // ERROR "initialization cycle for a\n\tLINE:5: a refers to b\n\tLINE+1:5: b refers to a"
var b = a + 1

func main() {
	println(a, b)
}
