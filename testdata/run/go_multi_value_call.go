// go f(g()) with g multi-valued evaluates g in the calling goroutine; f may be variadic.
package main

import "sync"

var wg sync.WaitGroup

func three() (int, int, int) { println("three"); return 1, 2, 3 }
func first(a int, xs ...int) { println("first", a, len(xs)); wg.Done() }
func sum(a, b, c int)        { println("sum", a+b+c); wg.Done() }

func main() {
	wg.Add(1)
	go first(three())
	wg.Wait()
	wg.Add(1)
	go sum(three())
	wg.Wait()
}
