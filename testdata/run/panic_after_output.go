// Output written before a panic appears before the panic message, in order.
package main

func main() {
	for i := 0; i < 5; i++ {
		print("line ", i, "\n")
	}
	println("partial", "line")
	print("no newline before panic")
	var a [2]int
	k := 2
	a[k]++
}
