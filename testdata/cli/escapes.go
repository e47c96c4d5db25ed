// The CLI suite's program with one escape decision: which packages a
// -gcflags pattern reaches shows in whether its -m line is printed.
package main

var sink *int

func main() {
	x := 1
	sink = &x
}
