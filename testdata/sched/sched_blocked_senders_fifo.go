// Blocked senders are served in the order they blocked; so are blocked receivers.
package main

func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { c <- i }()
	}
	println("senders queued")
	for i := 0; i < 5; i++ {
		println(<-c)
	}
	r := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			v := <-r
			println("receiver", i, "got", v)
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		r <- 100 + i
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
