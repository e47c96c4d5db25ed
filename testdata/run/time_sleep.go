// time.Sleep: sleepers wake in deadline order, a sleeping goroutine lets others run, Sleep(0) returns at once.
package main

import (
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	println("non-positive sleeps return at once:", time.Since(start) < time.Second)
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}()
	}
	busy := 0
	done := make(chan bool)
	go func() {
		wg.Wait()
		done <- true
	}()
	<-done
	println(order[0], order[1], order[2], busy)
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(t0)
	println("slept at least 20ms:", el >= 20*time.Millisecond)
}
