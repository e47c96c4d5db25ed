// Using a name that is declared nowhere.
package main

func main() {
	x := 1
	println(x + y) // ERROR "undefined: y"
}
