// Unlocking an unlocked Mutex is a fatal error, not a panic.
package main

import "sync"

func main() {
	var mu sync.Mutex
	defer func() {
		println("deferred calls do not run:", recover() == nil)
	}()
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}
