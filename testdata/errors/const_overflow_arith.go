// Typed constant arithmetic that overflows is a compile-time error.
package main

const big int64 = 1 << 62

func main() {
	println(big * 4) // ERROR "big \* 4 \(constant 18446744073709551616 of type int64\) overflows int64"
}
