// Converting a constant to a type that cannot represent it.
package main

func main() {
	x := int8(200) // ERROR "constant 200 overflows int8$"
	println(x)
}
