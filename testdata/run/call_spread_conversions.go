// f(g()): each result of g converted to f's parameter type, including
// structs and interfaces passed to interface parameters.
package main

import (
	"errors"
	"fmt"
)

type S struct{ a, b, c int }

func two() (int, error)        { return 7, errors.New("boom") }
func three() (S, error, string) { return S{1, 2, 3}, nil, "x" }
func take(a any, e error, s fmt.Stringer) {
	fmt.Println(a, e, s == nil)
}
func pair() (any, error, fmt.Stringer) { return 1, errors.New("e"), nil }

func main() {
	fmt.Println(two())
	fmt.Println(three())
	take(pair())
	var es []any
	es = append(es, 1)
	fmt.Print(two())
	fmt.Println()
}
