// An unrecovered panic with an error value prints the result of its Error method.
package main

import "errors"

func main() {
	println("about to fail")
	panic(errors.New("disk on fire"))
}
