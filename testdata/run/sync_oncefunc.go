// OnceFunc wraps a function to run once; a panic is re-raised with the same value on every call.
package main

import "sync"

func main() {
	n := 0
	f := sync.OnceFunc(func() { n++ })
	f()
	f()
	f()
	println("n", n)
	g := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 3; i++ {
		func() {
			defer func() { println("call", i, "panicked:", recover().(string)) }()
			g()
		}()
	}
}
