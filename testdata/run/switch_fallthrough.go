// fallthrough transfers control to the next case's body without testing its expression.
package main

func describe(n int) {
	switch {
	case n < 0:
		print("negative ")
		fallthrough
	case n == 0:
		print("non-positive ")
		fallthrough
	case n > 100:
		print("extreme-or-small ")
	case n < 10:
		print("small ")
		fallthrough
	default:
		print("default")
	}
	println()
}

func main() {
	describe(-1)
	describe(0)
	describe(5)
	describe(50)
	describe(500)
	switch x := 2; x {
	case 1:
		println("one")
	case 2:
		println("two")
		fallthrough
	case 3:
		println("three (fell through)")
	case 4:
		println("four")
	}
}
