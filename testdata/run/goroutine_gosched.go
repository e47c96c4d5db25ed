// runtime.Gosched lets other goroutines run; cooperating goroutines that yield in loops all finish.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counts := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				counts[g]++
				if i%10 == 0 {
					runtime.Gosched()
				}
			}
		}()
	}
	wg.Wait()
	println(counts[0], counts[1], counts[2], counts[3])
	flag := false
	go func() { flag = true }()
	for !flagSet(&flag) {
		runtime.Gosched()
	}
	println("flag seen")
}

var mu sync.Mutex

func flagSet(p *bool) bool {
	mu.Lock()
	defer mu.Unlock()
	return *p
}
