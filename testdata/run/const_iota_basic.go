// iota counts the specs of a const block; an omitted expression repeats the previous one.
package main

const (
	A = iota
	B
	C
	D
)

const (
	X = iota * 10
	Y
	Z
)

const (
	P = "p"
	Q = iota
	R
)

func main() {
	println(A, B, C, D)
	println(X, Y, Z)
	println(P, Q, R)
}
