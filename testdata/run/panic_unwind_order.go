// Panic output comes after everything written before it; deferred prints run first, in LIFO order.
package main

func step(n int) {
	defer println("unwind", n)
	if n == 3 {
		panic("depth 3 reached")
	}
	println("descend", n)
	step(n + 1)
}

func main() {
	step(0)
}
