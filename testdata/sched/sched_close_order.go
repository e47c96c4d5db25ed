// close readies the blocked receivers in Go's order (the goroutines are stacked, then readied).
package main

func main() {
	c := make(chan int)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			_, ok := <-c
			println("receiver", i, ok)
			done <- true
		}()
	}
	for i := 0; i < 4; i++ {
		go func() {}() // let the receivers block first: they run before main resumes
	}
	println("closing")
	close(c)
	for i := 0; i < 4; i++ {
		<-done
	}
}
