// Converting an integer constant to a string gives "\uFFFD" when the value is not a valid code
// point, also for untyped constants that do not fit in an int: string(1 << 100) (Go's issue15039).
package main

import "fmt"

const huge = string(1 << 100)
const neg = string(-1)
const big = string(rune(0x10FFFF + 1))

type S string

func main() {
	var s S = S(1 << 80)
	fmt.Println(huge == "\uFFFD", neg == "\uFFFD", big, len(huge), s)
	fmt.Printf("%q %q\n", string(1<<64), string('a'))
	x := string(1 << 70)
	println(x)
}
