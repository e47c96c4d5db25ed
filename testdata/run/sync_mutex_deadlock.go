// Locking a Mutex twice in one goroutine deadlocks: sync.Mutex.Lock.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("locked once")
	mu.Lock()
}
