// A writer waiting for a reader that never leaves deadlocks: sync.RWMutex.Lock.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	println("read-locked")
	rw.Lock()
}
