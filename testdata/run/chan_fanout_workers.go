// A worker pool: jobs fan out to workers over one channel; results are gathered and ordered by job id.
package main

import "sync"

type job struct{ id, n int }
type result struct{ id, fib int }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, fib(j.n)}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- job{i, i}
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]int, 20)
	for r := range results {
		out[r.id] = r.fib
	}
	for i, v := range out {
		println(i, v)
	}
}
