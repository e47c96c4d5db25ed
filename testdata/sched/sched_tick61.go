// Every 61st scheduling round looks at the global queue first, so a yielding goroutine is not starved.
package main

import "runtime"

func main() {
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		println("X")
		done <- true
	}()
	for i := 0; i < 150; i++ {
		go func() { print(i, " ") }()
	}
	<-done
	println()
}
