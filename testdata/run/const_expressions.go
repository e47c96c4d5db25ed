// Constant expressions: comparisons, boolean constants, shifts of untyped constants, mixed kinds.
package main

const (
	Limit   = 100
	IsBig   = Limit > 50
	Both    = IsBig && Limit < 1000
	Shifted = 1 << 10 >> 3
	Mixed   = 3 + 0.5
	Neg     = -Limit
	Comp    = ^0
	UComp   = ^uint8(0)
	AndNot  = 0xFF &^ 0x0F
	Xor     = 0x0F ^ 0xFF
)

func main() {
	println(IsBig, Both)
	println(Shifted, Mixed, Neg)
	println(Comp, UComp, AndNot, Xor)
	println(Limit / 7, Limit % 7, -Limit / 7, -Limit % 7)
	const s = "ab" + "cd"
	println(s, s < "abd", s == "abcd")
	var x int8 = Limit + 27
	println(x)
}
