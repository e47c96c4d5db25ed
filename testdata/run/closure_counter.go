// Closures keep their own captured state: independent counters and generators.
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	println(c1(), c1(), c1(), c2(), c1())
	f := fib()
	for i := 0; i < 12; i++ {
		print(f(), " ")
	}
	println()
	acc := func(start int) (func(int), func() int) {
		total := start
		return func(d int) { total += d }, func() int { return total }
	}
	addf, get := acc(100)
	addf(5)
	addf(-20)
	println(get())
}
