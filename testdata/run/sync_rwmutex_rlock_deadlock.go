// A reader waiting for a writer that never unlocks deadlocks: sync.RWMutex.RLock.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.RLock()
}
