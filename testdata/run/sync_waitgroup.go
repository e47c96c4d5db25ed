// WaitGroup: Wait returns once every Add is matched by Done; several waiters are all released; reuse works.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	println(results[0], results[3], results[7])

	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	released := make(chan int, 3)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			released <- i
		}()
	}
	gate.Done()
	waiters.Wait()
	close(released)
	sum := 0
	for v := range released {
		sum += v
	}
	println("released sum", sum)

	for round := 0; round < 3; round++ {
		wg.Add(2)
		go wg.Done()
		go wg.Done()
		wg.Wait()
	}
	println("reused")
	wg.Wait() // zero counter: returns at once
	println("done")
}
