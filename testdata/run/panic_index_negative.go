// A negative variable index panics with the negative value in the message.
package main

func get(a [4]int, i int) int { return a[i] }

func main() {
	a := [4]int{1, 2, 3, 4}
	println(get(a, 3))
	println(get(a, -1))
}
