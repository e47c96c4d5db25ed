// A send that can never proceed: the deadlock report says chan send.
package main

func main() {
	c := make(chan int, 1)
	c <- 1
	println("buffered one")
	c <- 2
}
