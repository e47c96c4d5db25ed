// Package gamma has no imports; it is imported by alpha and beta and initialized once.
package gamma

var Base = compute()

var Tag = "g"

func compute() int {
	println("gamma var Base")
	return 100
}

func init() {
	println("gamma init")
	Tag = "g-ready"
}
