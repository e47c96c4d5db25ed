// := must declare at least one new variable.
package main

func main() {
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	println(a, b)
}
