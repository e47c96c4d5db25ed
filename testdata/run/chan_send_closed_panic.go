// Sending on a closed channel panics with Go's message.
package main

func main() {
	c := make(chan int, 1)
	close(c)
	println("closed")
	c <- 1
}
