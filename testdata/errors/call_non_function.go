// Only functions can be called.
package main

func main() {
	x := 5
	println(x()) // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
}
