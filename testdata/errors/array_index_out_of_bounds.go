// A constant index outside the array's bounds.
package main

func main() {
	var a [3]int
	a[5] = 1 // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
