// panic with a string value prints it after "panic: " (no quotes), then the goroutine header.
package main

func main() {
	println("start")
	panic("something went wrong")
}
