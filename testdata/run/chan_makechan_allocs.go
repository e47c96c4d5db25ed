// make(chan T, n) allocates as gc does: one object when the buffer is empty or holds no pointers, two otherwise.
package main

import "runtime"

var sink any

func allocs(f func()) (uint64, uint64) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

func main() {
	n, bytes := allocs(func() { sink = make(chan int) })
	println("chan int", n, bytes)
	n, bytes = allocs(func() { sink = make(chan int, 10) })
	println("chan int 10", n, bytes)
	n, bytes = allocs(func() { sink = make(chan *int, 10) })
	println("chan *int 10", n, bytes)
	n, bytes = allocs(func() { sink = make(chan string, 4) })
	println("chan string 4", n, bytes)
	n, bytes = allocs(func() { sink = make(chan struct{}, 100) })
	println("chan struct{} 100", n, bytes)
	n, bytes = allocs(func() { sink = make(chan [3]byte, 1000) })
	println("chan [3]byte 1000", n, bytes)
	n, bytes = allocs(func() { sink = make(chan *int) })
	println("chan *int", n, bytes)
	var c chan int
	n, _ = allocs(func() { c = make(chan int, 1); c <- 1; <-c })
	println("send and receive", n)
}
