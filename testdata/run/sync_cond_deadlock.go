// Waiting on a Cond that nobody signals deadlocks: sync.Cond.Wait.
package main

import "sync"

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	c.Wait()
}
