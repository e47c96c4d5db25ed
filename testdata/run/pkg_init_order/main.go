// Initialization order across packages: every imported package is initialized (variables, then
// init functions in file order) before its importers, each exactly once, main's last.
package main

import (
	"example.com/initorder/beta"
	"example.com/initorder/zeta"

	"example.com/initorder/alpha"
)

var mainVar = trace("main var")

func trace(s string) int {
	println("init:", s)
	return len(s)
}

func init() {
	println("main init 1; alpha.Ready =", alpha.Ready, "beta.Sum =", beta.Sum)
}

func init() {
	println("main init 2")
}

func main() {
	println("main starts", mainVar)
	println(alpha.Name(), beta.Name(), zeta.Name())
	println(alpha.Log(), beta.Log())
}
