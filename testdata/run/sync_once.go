// Once.Do runs its function exactly once, even when called from many goroutines or when it panics.
package main

import "sync"

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	println("calls", calls)
	var p sync.Once
	func() {
		defer func() { println("recovered:", recover().(string)) }()
		p.Do(func() { panic("first call panics") })
	}()
	ran := false
	p.Do(func() { ran = true })
	println("second Do ran:", ran)
	var nested sync.Once
	nested.Do(func() { println("outer once") })
}
