// A package imported twice (by left, right and main): one instance, initialized once, shared state,
// and its types are identical from every importer (values pass between packages).
package main

import (
	"example.com/diamond/left"
	"example.com/diamond/registry"
	"example.com/diamond/right"
)

func main() {
	println("inits of registry:", registry.Inits)
	println("registered:", registry.Len())
	for _, n := range registry.Names() {
		println(" ", n)
	}
	e := left.Make("from-left")
	right.Consume(e)
	var h registry.Handler = right.Handler()
	println(h.Handle(e))
	registry.Register("main")
	println(left.Count(), right.Count(), registry.Len())
	println(left.Same(registry.Lookup("right")), right.Kind(left.Make("x")))
}
