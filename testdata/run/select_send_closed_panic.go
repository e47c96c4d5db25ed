// A send case on a closed channel panics when select chooses it.
package main

func main() {
	c := make(chan int, 1)
	close(c)
	other := make(chan int)
	select {
	case c <- 1:
		println("sent")
	case <-other:
		println("received")
	}
}
