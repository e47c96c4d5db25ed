// A function body without its closing brace (the file has no final newline).
package main

func main() {
	println("hi")
// ERROR "syntax error: unexpected EOF, expected }"