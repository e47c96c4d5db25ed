// 100,000 goroutines blocked at once, then released one by one through a channel.
// timeout: 60
// gcstress: skip (100,000 goroutine stacks scanned at every allocation: hours)
package main

import "runtime"

func main() {
	const n = 100000
	c := make(chan int)
	sum := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			v := <-c
			sum <- v
		}()
	}
	println(runtime.NumGoroutine())
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	total := 0
	for i := 0; i < n; i++ {
		total += <-sum
	}
	println(total)
}
