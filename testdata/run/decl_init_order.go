// Package-level variables are initialized in dependency order, not source order.
package main

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var x = y * 2
var y = z + 1
var z = trace("z", 5)

func f(name string) int {
	d++
	println("init", name, d)
	return d
}

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

func main() {
	println(a, b, c, d)
	println(x, y, z)
}
