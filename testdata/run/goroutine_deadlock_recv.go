// A receive that can never proceed: the deadlock report names main's state, chan receive.
package main

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	println(<-c)
	println(<-c)
}
