// The arguments of min must have the same type.
package main

func main() {
	var a int = 1
	var b float64 = 2
	_ = min(a, b) // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of b\)"
}
