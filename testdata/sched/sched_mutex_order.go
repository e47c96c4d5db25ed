// Goroutines blocked on a Mutex acquire it one by one in queue order.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			println("locked by", i)
			runtime.Gosched()
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	println("main unlocks")
	mu.Unlock()
	wg.Wait()
}
