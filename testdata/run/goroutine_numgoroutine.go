// runtime.NumGoroutine counts live goroutines: blocked ones count, exited ones do not.
package main

import "runtime"

func main() {
	println(runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 7; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 7; i++ {
		<-started
	}
	println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	println(runtime.NumGoroutine())
	println(runtime.GOMAXPROCS(0) >= 1)
}
