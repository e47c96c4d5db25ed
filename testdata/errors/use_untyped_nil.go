// nil has no type to give a new variable.
package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	_ = x
}
