// Package debug: the garbage-collector controls of Go's runtime/debug.
package debug

// FreeOSMemory forces a garbage collection and returns as much memory to
// the operating system as possible.
func FreeOSMemory() {
	freeosmemory()
}

// SetGCPercent sets the collection target percentage (GOGC; negative
// disables collection) and returns the previous setting.
func SetGCPercent(percent int) int {
	return setgcpercent(percent)
}

// runtime_debug_freeosmemory in runtime/gc.c.
//
//go:noescape
func freeosmemory()

// runtime_debug_setgcpercent in runtime/stdlib_runtime.c.
//
//go:noescape
func setgcpercent(percent int) int
