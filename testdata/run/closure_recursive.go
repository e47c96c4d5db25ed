// Recursive closures: a func variable declared first, then assigned a literal that calls it.
package main

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))
	var walk func(n, depth int) int
	calls := 0
	walk = func(n, depth int) int {
		calls++
		if n == 0 {
			return depth
		}
		return walk(n/2, depth+1)
	}
	println(walk(1000, 0), calls)
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool { return n == 0 || isOdd(n-1) }
	isOdd = func(n int) bool { return n != 0 && isEven(n-1) }
	println(isEven(10), isOdd(7), isEven(7))
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	println(fib(80))
}
