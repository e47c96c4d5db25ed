// Package beta depends on gamma and alpha; it has init functions in two files.
package beta

import (
	"example.com/initorder/alpha"
	"example.com/initorder/gamma"
)

var Sum = gamma.Base + count()

var log []string

func count() int {
	println("beta var Sum (alpha.Ready =", alpha.Ready, ")")
	return 1
}

func init() {
	println("beta init in b1.go")
	log = append(log, "b1")
}

func Name() string { return "beta" }

func Log() int { return len(log) }
