// A constant that does not fit the target type.
package main

func main() {
	var b byte
	b = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in assignment \(overflows\)"
	println(b)
}
