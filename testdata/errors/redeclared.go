// The same name declared twice in one block.
package main

func main() {
	var x int
	var x string // ERROR "x redeclared in this block\n\tLINE-1:6: other declaration of x$"
	println(x)
}
