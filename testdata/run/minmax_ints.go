// Builtin min and max (Go 1.21) on integers: several arguments, constants, mixed signedness per type.
package main

func main() {
	println(min(3, 1, 2), max(3, 1, 2))
	a, b, c := 10, -5, 7
	println(min(a, b, c), max(a, b, c), min(a), max(b))
	var u8 uint8 = 200
	println(min(u8, 100), max(u8, 255))
	const k = min(5, 2.0, 9)
	println(k)
	var i64 int64 = -1 << 63
	println(min(i64, 0), max(i64, -1))
	xs := []int{4, 8, -2, 15, 0}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	println(lo, hi)
	calls := 0
	f := func(v int) int { calls++; return v }
	println(max(f(1), f(2), f(3)), calls)
}
