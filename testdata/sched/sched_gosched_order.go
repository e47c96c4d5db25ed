// Gosched puts the caller at the back of the global queue: goroutines that yield take turns.
package main

import "runtime"

func main() {
	done := make(chan bool)
	for g := 0; g < 3; g++ {
		go func() {
			for i := 0; i < 3; i++ {
				println("g", g, "step", i)
				runtime.Gosched()
			}
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		println("main step", i)
		runtime.Gosched()
	}
	for g := 0; g < 3; g++ {
		<-done
	}
}
