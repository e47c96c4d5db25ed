// Waiters of a WaitGroup are released in order; each wake-up goes to runnext.
package main

import "sync"

func main() {
	var wg, all sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 4; i++ {
		all.Add(1)
		go func() {
			defer all.Done()
			wg.Wait()
			println("waiter", i, "released")
		}()
	}
	go func() {
		println("releasing")
		wg.Done()
	}()
	all.Wait()
}
