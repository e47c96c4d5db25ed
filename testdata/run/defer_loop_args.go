// defer in a loop: arguments are evaluated at each defer statement, calls run in reverse order.
package main

func main() {
	for i := 0; i < 4; i++ {
		defer println("arg", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { println("closure", i) }()
	}
	total := 0
	for _, v := range []int{10, 20} {
		defer func(v, t int) { println("params", v, t) }(v, total)
		total += v
	}
	println("loop done", total)
}
