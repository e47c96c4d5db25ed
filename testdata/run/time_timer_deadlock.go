// A pending sleep keeps a blocked program alive (no deadlock) until it wakes the sleeper; then main finishes.
package main

import "time"

func main() {
	c := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- "woke after sleeping"
	}()
	println(<-c)
	t := time.NewTimer(time.Hour)
	_ = t
	var never chan int
	println("an unreceived timer does not keep the program alive")
	<-never
}
