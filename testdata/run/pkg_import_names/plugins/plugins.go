// Package extras lives in directory plugins; main imports it only for its init side effects.
package extras

import "example.com/importnames/hooks"

func init() {
	hooks.Register("double", func(n int) int { return n * 2 })
	hooks.Register("square", square)
}

func square(n int) int { return n * n }
