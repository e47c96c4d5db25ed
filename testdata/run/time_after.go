// time.After delivers one value after the duration; a timeout in select that loses does not block anything.
package main

import "time"

func main() {
	start := time.Now()
	v := <-time.After(30 * time.Millisecond)
	println("waited at least 30ms:", v.Sub(start) >= 30*time.Millisecond, time.Since(start) >= 30*time.Millisecond)
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	got := 0
	for got < 3 {
		select {
		case <-results:
			got++
		case <-time.After(5 * time.Second):
			println("timeout")
			return
		}
	}
	println("got", got)
}
