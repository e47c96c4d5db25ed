// A panic in a function started by WaitGroup.Go is re-raised in its goroutine, as Go 1.25 does.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { panic("in wg.Go") })
	wg.Wait()
}
