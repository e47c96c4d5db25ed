// Recursion: factorial, Fibonacci, Ackermann, greatest common divisor, Hanoi move count.
package main

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func hanoi(n int, from, to, via byte) int {
	if n == 0 {
		return 0
	}
	return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
}

func main() {
	println(fact(10), fact(20))
	println(fib(25))
	println(ack(2, 3), ack(3, 3))
	println(gcd(1071, 462))
	println(hanoi(10, 'A', 'C', 'B'))
}
