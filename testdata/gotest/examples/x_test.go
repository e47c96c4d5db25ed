package examples_test

import "tgotest/examples"

func ExampleGreet() {
	examples.Greet("external")
	// Output: hello, external
}
