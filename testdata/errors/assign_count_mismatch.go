// The number of variables and values in an assignment must agree.
package main

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	println(a, b)
}
