// Channels of zero-size elements (struct{}, [0]int) work buffered and unbuffered.
package main

type empty struct{}

func main() {
	c := make(chan struct{}, 3)
	c <- struct{}{}
	c <- struct{}{}
	println(len(c), cap(c))
	<-c
	println(len(c))
	done := make(chan empty)
	go func() {
		done <- empty{}
	}()
	v, ok := <-done
	_ = v
	println("got empty", ok)
	z := make(chan [0]int, 1)
	z <- [0]int{}
	a := <-z
	println(len(a), len(z))
	sig := make(chan struct{})
	go func() { close(sig) }()
	<-sig
	println("closed signal")
}
