// A local variable that is declared but never used.
package main

func main() {
	x := 1 // ERROR "declared and not used: x"
}
