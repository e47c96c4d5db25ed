// Functions the runtime implements (no Go body in tgo's stdlib) used as
// func values.
package main

import (
	"runtime"
	"time"
)

func run(f func()) { f() }

func main() {
	run(runtime.GC)
	run(runtime.Gosched)
	n := runtime.NumGoroutine
	println(n())
	s := time.Sleep
	s(time.Millisecond)
	println("ok")
}
