// runtime.Goexit in main runs main's defers, lets other goroutines finish, then the program dies: no goroutines left.
package main

import "runtime"

func main() {
	c := make(chan bool)
	go func() {
		<-c
		println("goroutine runs after main's Goexit")
	}()
	defer close(c)
	defer println("main deferred")
	runtime.Goexit()
	println("not reached")
}
