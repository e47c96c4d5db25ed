// go statements: the wrapper closure always escapes (one allocation with
// captures); the goroutine's own memory is the runtime's.
package closures

import "testing"

var done = make(chan int, 1)

//go:noinline
func send(x int) { done <- x }

func BenchmarkGoCall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		go send(i)
		sinkInt += <-done
	}
}
