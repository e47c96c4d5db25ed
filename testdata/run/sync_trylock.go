// TryLock fails while another goroutine holds the lock and succeeds after it is released.
package main

import "sync"

func main() {
	var mu sync.Mutex
	held := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		done <- true
	}()
	<-held
	println("while held:", mu.TryLock())
	release <- true
	<-done
	println("after release:", mu.TryLock())
	mu.Unlock()
}
