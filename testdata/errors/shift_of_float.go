// The left operand of a shift must be an integer.
package main

func main() {
	f := 1.5
	println(f << 2) // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
}
