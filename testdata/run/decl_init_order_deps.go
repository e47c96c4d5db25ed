// Package initialization order: variables are taken fewest-dependencies
// first, then in declaration order; a dependency reached through a
// function body counts, and a variable without initializer is taken (and
// releases its dependents) in its own turn.
package main

var sep = ""

func note(name string, _ ...interface{}) int {
	print(sep, name)
	sep = " "
	return 0
}

var a = note("a", x)
var b = note("b", y)
var c = note("c", z)
var d = func() int {
	if false {
		_ = z
	}
	return note("d")
}()
var e = note("e")
var f = note("f", k)
var g, h = pair("g")

var x int
var y int = 42
var z int = func() int { return 42 }()

const k = 7

func pair(s string) (int, int) { note(s, b); return 1, 2 }

func main() { println() }
