// Untyped constants have arbitrary precision: huge intermediate values fold to representable results.
package main

const Huge = 1 << 100
const Back = Huge >> 98
const Big = 1e40
const Ratio = Big / 1e38

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

func main() {
	println(Back, Ratio)
	println(Huge/(1<<90), Huge%7)
	println(KB, MB, GB, TB, PB, EB)
	println(EB/PB, uint64(EB)*8-1)
	const x = 12345678901234567890123 % 1000
	println(x)
	var f float64 = Huge
	println(f)
	const maxU = 1<<64 - 1
	var u uint64 = maxU
	println(u)
	const minI = -1 << 63
	var i int64 = minI
	println(i)
}
