// select with time.After: a channel that never delivers times out; a fast one wins over a long timeout.
package main

import "time"

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		println("timed out")
	}
	fast := make(chan string)
	go func() {
		fast <- "fast result"
	}()
	select {
	case s := <-fast:
		println(s)
	case <-time.After(10 * time.Second):
		println("too slow")
	}
	timeout := time.After(50 * time.Millisecond)
	ticks := 0
	tick := make(chan bool)
	go func() {
		for {
			tick <- true
		}
	}()
	for ticks < 1000 {
		select {
		case <-tick:
			ticks++
		case <-timeout:
			println("timeout too early")
			return
		}
	}
	println("received", ticks, "before the timeout")
}
