// Index out of range on an array with a variable index: runtime error message and exit status 2.
package main

func main() {
	var a [3]int
	i := 5
	println("before")
	a[i] = 1
	println("not reached")
}
