// A buffered channel as a counting semaphore bounds how many goroutines are inside a section.
package main

import (
	"runtime"
	"sync"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	inside, maxInside, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			inside++
			if inside > maxInside {
				maxInside = inside
			}
			mu.Unlock()
			runtime.Gosched()
			mu.Lock()
			inside--
			done++
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	println(done, maxInside <= 3, inside)
}
