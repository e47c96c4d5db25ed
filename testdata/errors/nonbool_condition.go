// The condition of an if statement must be boolean.
package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
		println(x)
	}
}
