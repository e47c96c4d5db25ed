// Converting a slice shorter than the array type panics with Go's runtime error text (unrecovered).
package main

func main() {
	s := make([]int, 2, 10)
	println("before")
	a := [3]int(s)
	println("unreachable", a[0])
}
