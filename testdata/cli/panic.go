// The CLI suite's program that panics: `run` must pass exit status 2 through as go run does.
package main

func main() {
	println("before the panic")
	panic("boom")
}
