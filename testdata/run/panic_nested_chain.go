// A panic raised in a deferred call during panicking prints the whole chain, each later one indented.
package main

import "errors"

func cleanup() {
	panic(errors.New("cleanup failed"))
}

func main() {
	defer cleanup()
	defer func() {
		panic("second")
	}()
	panic("first")
}
