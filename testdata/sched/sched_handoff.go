// After an unbuffered send hands a value to a waiting receiver, the sender keeps running until it blocks.
package main

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range c {
			println("received", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		println("sending", i)
		c <- i
		println("sent", i)
	}
	close(c)
	<-done
}
