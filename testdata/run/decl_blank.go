// The blank identifier: discarded results, blank variables still evaluated, blank params and fields.
package main

var _ = sideEffect("package blank var")

func sideEffect(s string) int {
	println(s)
	return 1
}

func pair() (int, string) { return 7, "seven" }

func ignoreFirst(_ int, b int) int { return b * 2 }

type T struct {
	a int
	_ int
	b int
}

func main() {
	_, s := pair()
	println(s)
	n, _ := pair()
	println(n)
	_ = sideEffect("local blank assignment")
	var _ int = sideEffect("local blank var")
	println(ignoreFirst(100, 4))
	t := T{a: 1, b: 2}
	println(t.a, t.b)
	_, _ = pair()
}
