// default may appear anywhere: it runs only when no case matches, and can fall through.
package main

func f(x int) {
	switch x {
	case 1:
		println("one")
	default:
		println("default for", x)
		fallthrough
	case 2:
		println("two (or after default)")
	case 3:
		println("three")
	}
}

func main() {
	f(1)
	f(2)
	f(3)
	f(9)
}
