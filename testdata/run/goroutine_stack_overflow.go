// Unbounded recursion in a goroutine ends the program with Go's stack overflow error.
package main

func forever(n int) int {
	var pad [128]int // big frames reach the limit in fewer calls
	pad[n%128] = n
	return forever(n+1) + pad[(n+1)%128]
}

func main() {
	done := make(chan int)
	go func() {
		done <- forever(0)
	}()
	println(<-done)
}
