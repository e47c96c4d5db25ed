// runtime.Goexit ends a goroutine after running its deferred calls; recover returns nil during Goexit.
package main

import "runtime"

func inner(trace chan<- string) {
	defer func() {
		trace <- "inner deferred, recover is nil: " + yes(recover() == nil)
	}()
	runtime.Goexit()
	trace <- "not reached"
}

func yes(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func main() {
	trace := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { trace <- "outer deferred" }()
		inner(trace)
		trace <- "not reached either"
	}()
	<-done
	close(trace)
	for s := range trace {
		println(s)
	}
}
