// Each spec of a var block is its own statement: a later spec's calls run
// after the earlier specs are assigned.
package main

import "math"

var trace []string

func f(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	var (
		a    = f("a", 1)
		b    = f("b", a+1)
		c, d = f("c", b*10), f("d", a+b)
	)
	println(a, b, c, d)
	for _, s := range trace {
		print(s, " ")
	}
	println()
	var (
		nana = float32(math.NaN())
		nanb = math.Float32frombits(math.Float32bits(nana) ^ 2)
	)
	println(math.Float32bits(nana), math.Float32bits(nanb))
}
