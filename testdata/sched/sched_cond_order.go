// Cond.Signal wakes the oldest waiter; Broadcast wakes the rest in order.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			cond.Wait()
			println("woken", i)
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	cond.Signal()
	runtime.Gosched()
	println("broadcast")
	cond.Broadcast()
	wg.Wait()
}
