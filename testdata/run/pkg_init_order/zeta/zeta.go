// Package zeta is independent of the others.
package zeta

var z = func() string {
	println("zeta var")
	return "zeta"
}()

func init() { println("zeta init") }

func Name() string { return z }
