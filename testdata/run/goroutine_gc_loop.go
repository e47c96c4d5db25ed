// A goroutine that calls runtime.GC in an endless loop must not starve the
// others: on one thread, runtime.GC lets them run after each collection.
package main

import "runtime"

type T struct{ a, b, c string }

var X, Y T

func make3(i int) T { return T{"a", string(rune('a' + i%26)), "c"} }

func main() {
	go func() {
		for {
			runtime.GC()
		}
	}()
	for i := 0; i < 200; i++ {
		runtime.Gosched()
		X = make3(i)
		Y = X
		if X != Y {
			panic("copies differ")
		}
	}
	println("done", X.b, Y.b)
}
