// Indexing a string past its end panics like an array index.
package main

func main() {
	s := "abc"
	n := len(s)
	println(s[n-1])
	println(s[n])
}
