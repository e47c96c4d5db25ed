// A Mutex protects a counter incremented by many goroutines that yield while holding it.
package main

import (
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[key]
	runtime.Gosched() // others try to lock meanwhile
	c.n[key] = v + 1
}

func main() {
	c := counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.inc("k")
				if j%2 == 0 {
					c.inc("even")
				}
			}
		}()
	}
	wg.Wait()
	println(c.n["k"], c.n["even"])
	var m sync.Mutex
	var l sync.Locker = &m
	l.Lock()
	println(m.TryLock())
	l.Unlock()
	println(m.TryLock())
	m.Unlock()
}
