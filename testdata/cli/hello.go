// The CLI suite's program that succeeds (println and print write to stderr).
package main

func main() {
	println("hello, world")
	print("no newline at the end")
}
