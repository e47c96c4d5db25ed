// AfterFunc runs a function in its own goroutine after the duration; Stop prevents a pending call.
package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	ran := false
	time.AfterFunc(10*time.Millisecond, func() {
		ran = true
		wg.Done()
	})
	wg.Wait()
	println("ran:", ran)
	stopped := time.AfterFunc(time.Hour, func() { println("must not run") })
	println("stop pending:", stopped.Stop(), "stop again:", stopped.Stop())
	done := make(chan string)
	t := time.AfterFunc(time.Hour, func() { done <- "reset ran" })
	println("reset pending:", t.Reset(5*time.Millisecond))
	println(<-done)
	println("C is nil:", t.C == nil)
}
