// The unary * operator needs a pointer operand.
package main

func main() {
	x := 5
	println(*x) // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
}
