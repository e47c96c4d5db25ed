// Deep but finite recursion (a million frames) works: the stack grows as needed.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func main() {
	println(depth(1000000))
	println(sumTo(500000))
}
