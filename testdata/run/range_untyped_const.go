// Range over an untyped constant: the iteration variable takes the constant's default type
// (rune for 'c'), or the type of the variable it is assigned to (Go's range3.go).
package main

import "fmt"

func main() {
	for i := range 'c' {
		var _ *rune = &i
		if i == 98 {
			fmt.Printf("%T %v\n", i, i)
		}
	}
	var n int8
	for n = range 10 {
	}
	fmt.Printf("%T %v\n", n, n)
	var u uint16
	count := 0
	for u = range 'x' {
		count++
	}
	fmt.Println(u, count)
	const c = 3
	for j := range c {
		fmt.Printf("%T %v ", j, j)
	}
	fmt.Println()
}
