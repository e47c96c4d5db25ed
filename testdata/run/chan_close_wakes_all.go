// close wakes every blocked receiver: each gets the zero value and ok == false.
package main

import "sync"

func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	zeros, oks := 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-c
			mu.Lock()
			if v == 0 {
				zeros++
			}
			if ok {
				oks++
			}
			mu.Unlock()
		}()
	}
	close(c)
	wg.Wait()
	println(zeros, oks)
}
