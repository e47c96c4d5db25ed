// hello: the smallest program, and Go's builtin println.
package main

func main() {
	println("hello from tgo:", 6*7, 1.5, true)
}
