// Fan-in: many producers send into one channel; the totals do not depend on interleaving.
package main

import "sync"

func main() {
	const producers = 50
	const each = 200
	out := make(chan int, 16)
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				out <- p*each + i
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	seen := make([]bool, producers*each)
	count, sum := 0, 0
	for v := range out {
		if seen[v] {
			println("duplicate", v)
		}
		seen[v] = true
		count++
		sum += v
	}
	println(count, sum)
}
