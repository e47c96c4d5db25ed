// An array length must not be negative.
package main

func main() {
	var a [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	println(len(a))
}
