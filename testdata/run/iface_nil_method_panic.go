// Calling a method on a nil interface value panics with a nil pointer dereference (unrecovered).
package main

type Speaker interface{ Speak() string }

func pick(n int) Speaker { return nil }

func main() {
	s := pick(1)
	println("got speaker, nil:", s == nil)
	println(s.Speak())
}
