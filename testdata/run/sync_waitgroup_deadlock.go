// Waiting on a WaitGroup whose counter never reaches zero deadlocks: sync.WaitGroup.Wait.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
}
