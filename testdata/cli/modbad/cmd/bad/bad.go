// A command of the module that does not compile: `go build ./cmd/bad`
// names it by its import path.
package main

func main() {
	var s string = 1
}
