// Indirecting a constant is invalid.
package main

func main() {
	println(*42) // ERROR "invalid operation: cannot indirect 42 \(untyped int constant\)"
}
