// Slicing beyond capacity panics (unrecovered) with "slice bounds out of range [:N] with capacity M".
package main

func main() {
	s := make([]int, 2, 4)
	hi := 4
	println(len(s[:hi]))
	hi = 5
	println(len(s[:hi]))
}
