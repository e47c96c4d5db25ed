// Mutually recursive functions declared in either order.
package main

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	println(isEven(10), isOdd(10), isEven(7), isOdd(7))
	println(collatz(27))
}

func collatz(n int) int {
	if n == 1 {
		return 0
	}
	return 1 + step(n)
}

func step(n int) int {
	if n%2 == 0 {
		return collatz(n / 2)
	}
	return collatz(3*n + 1)
}
