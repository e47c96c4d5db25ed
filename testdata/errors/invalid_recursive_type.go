// A struct type cannot contain itself.
package main

type T struct { // ERROR "invalid recursive type: T refers to itself"
	next T
}

func main() {
}
