// A panic deep in a call chain stops every caller; output printed before it stays in order.
package main

func level3(n int) int {
	if n > 2 {
		panic("too deep")
	}
	return n
}

func level2(n int) int {
	println("level2", n)
	return level3(n+1) + 1
}

func level1(n int) int {
	println("level1", n)
	r := level2(n + 1)
	println("level1 after", r)
	return r
}

func main() {
	println(level1(-1))
	println(level1(1))
	println("not reached")
}
