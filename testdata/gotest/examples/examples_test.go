package examples

import (
	"fmt"
	"os"
)

func ExampleGreet() {
	Greet("world")
	// Output: hello, world
}

func ExampleGreet_twice() {
	Greet("a")
	Greet("b")
	// Output:
	// hello, a
	// hello, b
}

func ExampleGreet_wrong() {
	Greet("x")
	fmt.Println("and more")
	// Output:
	// hello, y
}

func ExampleGreet_unordered() {
	for _, n := range []string{"c", "a", "b"} {
		Greet(n)
	}
	// unordered output:
	// hello, a
	// hello, b
	// hello, c
}

func ExampleGreet_stderr() {
	fmt.Fprintln(os.Stderr, "stderr is not captured")
	fmt.Println("stdout is")
	// Output: stdout is
}

func ExampleGreet_blankLines() {
	fmt.Println("x")
	fmt.Println()
	fmt.Println()
	fmt.Println("y")
	// Output:
	// x
	//
	// y
}
