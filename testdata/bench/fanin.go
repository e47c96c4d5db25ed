// fanin.go — benchmark: 10,000 goroutines each send 100 values into one
// channel; main receives and sums them all, 10 rounds.
package main

import "sync"

func main() {
	const producers = 10000
	const each = 100
	total := 0
	for round := 0; round < 10; round++ {
		c := make(chan int, 128)
		var wg sync.WaitGroup
		for p := 0; p < producers; p++ {
			wg.Add(1)
			go func(p int) {
				defer wg.Done()
				for i := 0; i < each; i++ {
					c <- p + i
				}
			}(p)
		}
		go func() {
			wg.Wait()
			close(c)
		}()
		for v := range c {
			total += v
		}
	}
	println(total)
}
