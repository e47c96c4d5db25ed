// Binary operators need operands of identical types.
package main

func main() {
	var a int = 1
	var b int64 = 2
	println(a + b) // ERROR "invalid operation: a \+ b \(mismatched types int and int64\)"
}
