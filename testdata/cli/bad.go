// The CLI suite's program that does not compile: two errors, exact gc output in build_error.golden.
package main

func main() {
	x := 1
	println(y)
}
