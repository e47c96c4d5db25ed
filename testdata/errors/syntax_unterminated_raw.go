// A raw string literal that is never closed runs to the end of the file.
// (The annotation sits in a block comment before the literal; the file has no final newline.)
package main

func main() {
	println(s)
}

/* // ERROR "string not terminated" */ var s = `abc