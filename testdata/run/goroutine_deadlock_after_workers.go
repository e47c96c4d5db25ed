// Workers finish and exit; then main waits on a channel nobody will send on.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	println("sum", sum)
	never := make(chan bool)
	<-never
}
