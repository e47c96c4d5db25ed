// Import forms: two packages with the same name under aliases, a blank import run only for its
// init side effects, a dot import, and a package whose name differs from its directory.
package main

import (
	. "example.com/importnames/hooks"
	numutil "example.com/importnames/num/util"
	_ "example.com/importnames/plugins"
	"example.com/importnames/text/util"
)

func main() {
	println(util.Reverse("stressed"), numutil.Reverse(1234))
	println(util.Name, numutil.Name)
	println("hooks:", len(Hooks))
	for _, h := range Hooks {
		println(" ", h.Name, h.Run(3))
	}
	Register("main", func(n int) int { return -n })
	println(Hooks[len(Hooks)-1].Run(5), Count())
}
