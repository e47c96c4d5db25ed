// Done without a matching Add panics: sync: negative WaitGroup counter.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	println("balanced")
	wg.Done()
}
