// A select blocked on several channels is woken by the first that becomes ready; timers wake sleepers in order.
package main

import "time"

func main() {
	a, b := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			select {
			case v := <-a:
				println("a", v)
			case v := <-b:
				println("b", v)
			}
		}
		done <- true
	}()
	a <- 1
	b <- 2
	b <- 3
	a <- 4
	<-done
	for i := 3; i > 0; i-- {
		go func() {
			time.Sleep(time.Duration(i) * 20 * time.Millisecond)
			println("slept", i)
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
