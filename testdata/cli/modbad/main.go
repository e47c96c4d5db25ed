// A module whose package util does not compile: `go build .` names util in
// its "# path" header.
package main

import "example.com/modbad/util"

func main() { println(util.Twice(2)) }
