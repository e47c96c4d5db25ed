// Slicing a string past its length panics (unrecovered) with "slice bounds out of range [:N] with length M".
package main

func cut(s string, n int) string {
	return s[:n]
}

func main() {
	println(cut("hello", 3))
	println(cut("hello", 6))
}
