// Too few arguments in a call.
package main

func add(a, b int) int { return a + b }

func main() {
	println(add(1)) // ERROR "not enough arguments in call to add\n\thave \(number\)\n\twant \(int, int\)"
}
