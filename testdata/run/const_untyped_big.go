// Untyped integer constants are exact: intermediate values far beyond 64 bits.
package main

const (
	Huge    = 1 << 100
	Back    = Huge >> 98
	Big     = 1 << 200
	Product = (1 << 70) * (1 << 70) >> 138
	Diff    = (1<<90 + 5) - 1<<90
	Quot    = (1 << 80) / (1 << 77)
	Mod     = (1<<100 + 7) % 10
	MaxU64  = 1<<64 - 1
	Neg     = -(1 << 63)
)

func main() {
	println(Back)
	println(Big >> 195)
	println(Product)
	println(Diff)
	println(Quot)
	println(Mod)
	var u uint64 = MaxU64
	println(u)
	var n int64 = Neg
	println(n)
	println(Huge/Huge, Huge%3)
	const c = Huge * Huge / Big
	println(c)
}
