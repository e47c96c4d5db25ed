// Shifting by a negative signed count panics: runtime error: negative shift amount.
package main

func shl(x int, n int) int { return x << n }

func main() {
	println(shl(1, 10))
	println(shl(1, -1))
}
