// Too many arguments in a call.
package main

func neg(a int) int { return -a }

func main() {
	println(neg(1, 2)) // ERROR "too many arguments in call to neg\n\thave \(number, number\)\n\twant \(int\)"
}
