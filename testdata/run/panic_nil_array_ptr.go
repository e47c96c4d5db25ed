// Indexing through a nil pointer to an array is a nil pointer dereference.
package main

func main() {
	var p *[5]int
	println(len(p))
	p[2] = 1
}
