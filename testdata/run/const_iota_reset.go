// iota restarts at 0 in each const block and is 0 in a single-spec declaration.
package main

const A = iota
const B = iota

const (
	C = iota
	D
)

const (
	E = 10
	F = iota
)

const G, H = iota, iota + 1

func main() {
	println(A, B, C, D, E, F, G, H)
	const (
		L1 = iota + 'a'
		L2
		L3
	)
	println(L1, L2, L3)
	println(string(rune(L3)))
}
