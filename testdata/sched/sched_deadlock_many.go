// The deadlock report lists every blocked goroutine with its state, main first.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { c <- 1 }()
	go func() { select {} }()
	go func() { mu.Lock() }()
	go func() {
		var rw sync.RWMutex
		rw.Lock()
		rw.RLock()
	}()
	go func() {
		s := make(chan int)
		select {
		case <-s:
		case s <- 1:
		}
	}()
	go func() {
		cond := sync.NewCond(&sync.Mutex{})
		cond.L.Lock()
		cond.Wait()
	}()
	go func() { var n chan int; <-n }()
	wg.Wait()
}
