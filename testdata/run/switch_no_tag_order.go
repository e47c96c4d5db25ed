// switch cases are evaluated top to bottom, left to right, stopping at the first match.
package main

var trace string

func t(name string, v bool) bool {
	trace += name
	return v
}

func main() {
	switch {
	case t("a", false), t("b", false):
		println("first")
	case t("c", true), t("d", true):
		println("second")
	case t("e", true):
		println("third")
	}
	println(trace)
	trace = ""
	x := 3
	id := func(n int) int { trace += string(rune('0' + n)); return n }
	switch id(x) {
	case id(1), id(2):
	case id(3), id(4):
		println("matched 3")
	default:
		println("default")
	}
	println(trace)
}
