// Goroutine closures capture the per-iteration loop variable (Go 1.22 semantics) and shared variables by reference.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := make([]int, 5)
	total := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[i] += i * 10
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	println(seen[0], seen[1], seen[2], seen[3], seen[4], total)
	msg := "before"
	done := make(chan bool)
	go func() {
		msg = "changed by goroutine"
		done <- true
	}()
	<-done
	println(msg)
}
