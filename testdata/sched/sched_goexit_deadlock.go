// Goexit in main with other goroutines blocked: the deadlock report lists them, not main.
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() { <-c }()
	go func() { c <- 1; c <- 2 }()
	runtime.Goexit()
}
