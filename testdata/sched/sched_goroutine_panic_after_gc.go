// Go's first collection starts a worker goroutine, which takes the next id.
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	runtime.GC()
	go func() {
		var m map[string]int
		m["x"] = 1
	}()
	<-c
}
