// Comparison operands must have the same type.
package main

func main() {
	var a int32 = 1
	var b uint32 = 1
	println(a == b) // ERROR "invalid operation: a == b \(mismatched types int32 and uint32\)"
}
