// Functions returning several results; results passed straight to another function.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (int, int) {
	lo, hi := a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return lo, hi
}

func add(a, b int) int { return a + b }

func three() (string, int, bool) { return "three", 3, true }

func main() {
	q, r := divmod(47, 5)
	println(q, r)
	println(minmax(5, -2, 9))
	println(add(divmod(100, 7)))
	s, n, ok := three()
	println(s, n, ok)
	_, hi := minmax(1, 2, 3)
	println(hi)
}
