// Calling a nil func value panics with a nil pointer dereference (SIGSEGV), unrecovered.
package main

var hook func(int) int

func main() {
	println("calling")
	println(hook(1))
}
