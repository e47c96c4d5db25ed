// RWMutex: many readers at once, writers alone; RLocker; TryLock and TryRLock.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var mu sync.Mutex
	readers, maxReaders, writes := 0, 0, 0
	data := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if j%5 == 0 {
					rw.Lock()
					data++
					writes++
					rw.Unlock()
					continue
				}
				rw.RLock()
				mu.Lock()
				readers++
				if readers > maxReaders {
					maxReaders = readers
				}
				mu.Unlock()
				_ = data
				runtime.Gosched()
				mu.Lock()
				readers--
				mu.Unlock()
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	println(data, writes, readers, maxReaders >= 1)
	rw.RLock()
	println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	println(rw.TryLock())
	l.Unlock()
	l.Unlock()
	println(rw.TryLock())
	rw.Unlock()
}
