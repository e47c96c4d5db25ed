// Package alpha depends on gamma.
package alpha

import "example.com/initorder/gamma"

var Ready = setup()

var order []string

func setup() bool {
	println("alpha var, gamma.Base =", gamma.Base)
	order = append(order, "var")
	return true
}

func init() {
	println("alpha init")
	order = append(order, "init")
}

func Name() string { return "alpha(" + gamma.Tag + ")" }

func Log() int { return len(order) }
