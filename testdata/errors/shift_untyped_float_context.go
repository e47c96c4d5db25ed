// In a non-constant shift an untyped constant takes the type of its context: here float64.
package main

func main() {
	s := uint(3)
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	println(f)
}
