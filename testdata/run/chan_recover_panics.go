// The channel panics are runtime errors that can be recovered; their texts are Go's.
package main

import "runtime"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(runtime.Error)
		println(name+":", err.Error(), isErr)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close twice", func() {
		c := make(chan string, 2)
		close(c)
		close(c)
	})
	// a sender blocked when the channel is closed panics in its goroutine
	c := make(chan int)
	res := make(chan string)
	go func() {
		defer func() {
			res <- recover().(error).Error()
		}()
		c <- 42
	}()
	runtime.Gosched() // the sender blocks (or, on other threads, may not have started: same panic)
	close(c)
	println("blocked sender:", <-res)
}
