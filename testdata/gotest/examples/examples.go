// Package examples has Example functions: passing, failing, unordered,
// with empty output, with output on stderr (not compared), and examples of
// the external test package.
package examples

import "fmt"

// Greet prints a greeting.
func Greet(name string) { fmt.Printf("hello, %s\n", name) }
