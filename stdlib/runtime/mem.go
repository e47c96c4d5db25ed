// mem.go — the heap's public face: GC, ReadMemStats and MemStats.  The
// collector and the statistics live in the C runtime (runtime/gc.c,
// runtime/mstats.c); MemStats has exactly the layout of the C struct
// MemStats of runtime/heap.h, which is Go 1.26's runtime.MemStats.

package runtime

// A MemStats records statistics about the memory allocator (see Go's
// runtime.MemStats for the meaning of each field; tgo fills them the same
// way).
type MemStats struct {
	// General statistics.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap memory statistics.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stack memory statistics.
	StackInuse uint64
	StackSys   uint64

	// Off-heap memory statistics.
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector statistics.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// Per-size-class allocation statistics.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics.  Like Go's, it
// also retires the current tiny-allocator block.
func ReadMemStats(m *MemStats) {
	readmemstats(m)
}

// GC runs a full, blocking garbage collection.  Go's GC waits for the
// cycle while other goroutines run; on tgo's one thread the others get
// their turn afterwards, so a goroutine calling GC in a loop cannot
// starve them.
func GC() {
	collect()
	if NumGoroutine() > 1 {
		Gosched()
	}
}

// collect is runtime_collect in runtime/gc.c.
//
//go:noescape
func collect()

// readmemstats is runtime_readmemstats in runtime/mstats.c.
//
//go:noescape
func readmemstats(m *MemStats)
