// Function calls in an expression, in arguments and in assignments are evaluated left to right.
package main

var trace string

func t(s string, v int) int {
	trace += s
	return v
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	println(x, trace)
	trace = ""
	y := three(t("x", 1), t("y", 2), t("z", 3))
	println(y, trace)
	trace = ""
	var arr [3]int
	arr[t("i", 0)], arr[t("j", 1)] = t("k", 5), t("l", 6)
	println(arr[0], arr[1], trace)
	trace = ""
	ok := t("p", 0) == 1 && t("q", 1) == 1
	println(ok, trace)
}
