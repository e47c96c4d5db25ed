// Package-level variables initialized from other packages' variables, constants and functions, and
// dependency-ordered initialization within a package (a variable declared before the one it uses).
package main

import (
	"example.com/varinit/config"
	"example.com/varinit/units"
)

var total = limit * 2
var limit = config.MaxItems + int(units.Kilo)

var table = map[string]int{
	"max":  config.MaxItems,
	"kilo": int(units.Kilo),
	"mega": int(units.Mega),
}

var greeting = config.Greeting("tgo")

var doubled = func() []int {
	out := make([]int, len(config.Defaults))
	for i, v := range config.Defaults {
		out[i] = v * 2
	}
	return out
}()

var sizes = [...]units.Size{units.Kilo, units.Mega, 3 * units.Kilo}

func main() {
	println(limit, total)
	println(table["max"], table["kilo"], table["mega"], len(table))
	println(greeting)
	println(len(doubled), doubled[0], doubled[len(doubled)-1])
	for _, s := range sizes {
		println(s.String())
	}
	println(config.Order())
	config.Defaults[0] = 999
	println(doubled[0], config.Defaults[0])
}
