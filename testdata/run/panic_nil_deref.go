// Dereferencing a nil pointer (*p) is a nil pointer dereference with a SIGSEGV line.
package main

func main() {
	var p *int
	println("about to dereference")
	println(*p)
}
