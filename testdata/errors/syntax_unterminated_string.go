// An interpreted string literal may not contain a newline.
// (The annotation sits in a block comment before the literal, which swallows the rest of the line.)
package main

func main() {
	/* // ERROR "newline in string" */ s := "abc
	println(s)
}
