// Allocation churn: 10 GiB allocated in total (by default; the first
// argument is the number of GiB) through a ring of 50 MiB of live buffers
// of mixed sizes, each replaced in turn.  The collector must keep the peak
// RSS bounded (goal: under 150 MiB).
package main

import (
	"os"
	"strconv"
)

const live = 50 << 20

var ring [][]byte

func main() {
	gib := 10
	if len(os.Args) > 1 {
		gib, _ = strconv.Atoi(os.Args[1])
	}
	total := int64(gib) << 30
	sizes := []int{16, 64, 256, 1024, 4096, 32768, 100000}
	n := 0
	used := 0
	for used < live {
		b := make([]byte, sizes[n%len(sizes)])
		ring = append(ring, b)
		used += len(b)
		n++
	}
	var allocated int64
	sum := 0
	for i := 0; allocated < total; i++ {
		k := i % len(ring)
		b := make([]byte, len(ring[k]))
		b[0] = byte(i)
		sum += int(ring[k][0])
		ring[k] = b
		allocated += int64(len(b))
	}
	println("buffers", len(ring), "checksum", sum%1000)
}
