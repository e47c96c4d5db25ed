#!/bin/sh
# golden-runtime.sh — regenerate the runtime goldens from real Go.
#
#   sh scripts/golden-runtime.sh          rewrite testdata/runtime/*.golden
#   sh scripts/golden-runtime.sh --check  regenerate into a temp dir and fail
#                                         (exit 1) if a committed golden drifted
#
# roundupsize.golden: Go's runtime.roundupsize(n, noscan) for n = 1..40000,
#   run-length encoded ("kind first last value": value holds for n in
#   [first, last]).  The values come from the real runtime function (reached
#   with go:linkname, hence -checklinkname=0) and are cross-checked against
#   cap() after append for []byte, []*int and []string, so the table is what a
#   Go program observes.
# memstats.golden: MemStats deltas (Mallocs, Frees, TotalAlloc, HeapAlloc,
#   HeapObjects) around fixed allocation sequences, measured with
#   runtime.ReadMemStats; runtime/tests/mstats_test.c replays the same
#   sequences through mallocgc and compares.
set -eu
cd "$(dirname "$0")/.."
command -v go >/dev/null 2>&1 || { echo "golden-runtime: go not on PATH" >&2; exit 1; }

check=0
[ "${1:-}" = "--check" ] && check=1
out=testdata/runtime
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/rs" "$tmp/ms"

cat > "$tmp/rs/main.go" <<'GO'
package main

import (
	"fmt"
	_ "unsafe"
)

//go:linkname roundupsize runtime.roundupsize
func roundupsize(size uintptr, noscan bool) uintptr

var (
	sinkBytes   []byte
	sinkPtrs    []*int
	sinkStrings []string
)

// agrees reports whether cap() after appending n bytes' worth of elements
// to a nil slice held in a global (so no stack buffer is involved) is what
// roundupsize's answer v predicts: cap = v / element size.
func agrees(n int, noscan bool, v uintptr) bool {
	if noscan {
		sinkBytes = append(sinkBytes[:0:0], make([]byte, n)...)
		return uintptr(cap(sinkBytes)) == v
	}
	if n%16 == 0 {
		sinkStrings = append(sinkStrings[:0:0], make([]string, n/16)...)
		if uintptr(cap(sinkStrings)) != v/16 {
			return false
		}
	}
	if n%8 == 0 {
		sinkPtrs = append(sinkPtrs[:0:0], make([]*int, n/8)...)
		return uintptr(cap(sinkPtrs)) == v/8
	}
	return true
}

func main() {
	fmt.Println("# roundupsize(n, noscan) of Go's runtime for n = 1..40000 (scripts/golden-runtime.sh)")
	fmt.Println("# kind first last value: roundupsize(n) == value for first <= n <= last")
	for _, noscan := range []bool{true, false} {
		kind := "scan"
		if noscan {
			kind = "noscan"
		}
		first, prev := 1, roundupsize(1, noscan)
		for n := 1; n <= 40001; n++ {
			var v uintptr
			if n <= 40000 {
				v = roundupsize(uintptr(n), noscan)
				if !agrees(n, noscan, v) {
					panic(fmt.Sprintf("roundupsize(%d, %v) = %d disagrees with cap() after append", n, noscan, v))
				}
			}
			if n == 40001 || v != prev {
				fmt.Println(kind, first, n-1, prev)
				first, prev = n, v
			}
		}
	}
}
GO
cat > "$tmp/ms/main.go" <<'GO'
package main

import (
	"fmt"
	"runtime"
	"strings"
	"unsafe"
)

type T48 struct {
	p *int
	a [5]int
}

var (
	keep  = make([]unsafe.Pointer, 0, 100000)
	zero  = 0
	lines []string
)

func hold(p unsafe.Pointer) { keep = append(keep, p) }

func bytesOf(n int) { b := make([]byte, n); hold(unsafe.Pointer(unsafe.SliceData(b))) }
func ptrsOf(n int)  { s := make([]*int, n); hold(unsafe.Pointer(unsafe.SliceData(s))) }

// measure runs f between two ReadMemStats calls and records the deltas.
func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	var by []string
	for i := range b.BySize {
		dm := b.BySize[i].Mallocs - a.BySize[i].Mallocs
		df := b.BySize[i].Frees - a.BySize[i].Frees
		if dm != 0 || df != 0 {
			by = append(by, fmt.Sprintf("%d:%d/%d", b.BySize[i].Size, dm, df))
		}
	}
	lines = append(lines, fmt.Sprintf("%s mallocs=%d frees=%d totalalloc=%d heapalloc=%d heapobjects=%d numgc=%d bysize=%s",
		name, b.Mallocs-a.Mallocs, b.Frees-a.Frees, b.TotalAlloc-a.TotalAlloc,
		int64(b.HeapAlloc-a.HeapAlloc), int64(b.HeapObjects-a.HeapObjects), b.NumGC-a.NumGC, strings.Join(by, ",")))
}

func main() {
	measure("tiny8", func() {
		for i := 0; i < 100; i++ {
			hold(unsafe.Pointer(new(int64)))
		}
	})
	measure("tiny5", func() {
		for i := 0; i < 30; i++ {
			bytesOf(5)
		}
	})
	measure("tinymix", func() {
		for r := 0; r < 10; r++ {
			for n := 1; n < 16; n++ {
				bytesOf(n)
			}
		}
	})
	measure("small_noscan", func() {
		for _, n := range []int{16, 17, 24, 33, 48, 100, 512, 1000, 1024, 1025, 4000, 5000, 9000, 20000, 32760} {
			bytesOf(n)
		}
	})
	measure("large_noscan", func() {
		for _, n := range []int{32761, 32768, 40000, 100000, 1 << 20} {
			bytesOf(n)
		}
	})
	measure("small_scan", func() {
		for _, n := range []int{1, 2, 3, 5, 8, 16, 32, 63, 64} {
			ptrsOf(n)
		}
	})
	measure("header_scan", func() {
		for _, n := range []int{65, 100, 128, 500, 1000, 4000, 4095} {
			ptrsOf(n)
		}
	})
	measure("large_scan", func() {
		for _, n := range []int{4096, 5000, 100000} {
			ptrsOf(n)
		}
	})
	measure("structs", func() {
		for i := 0; i < 50; i++ {
			hold(unsafe.Pointer(new(T48)))
		}
		for i := 0; i < 20; i++ {
			s := make([]string, 3)
			hold(unsafe.Pointer(unsafe.SliceData(s)))
		}
	})
	measure("zero", func() {
		for i := 0; i < 100; i++ {
			bytesOf(zero)
			hold(unsafe.Pointer(new(struct{})))
		}
	})
	// Collect the garbage of the lines above (and start the collector's
	// workers) first, so that the cycle measured below frees exactly the
	// objects the sequence dropped.
	runtime.GC()
	runtime.GC()
	measure("frees", func() {
		n := len(keep)
		for i := 0; i < 1000; i++ {
			ptrsOf(2)
			bytesOf(100)
		}
		clear(keep[n:])
		keep = keep[:n]
		runtime.GC()
	})
	for _, l := range lines {
		fmt.Println(l)
	}
}
GO
printf 'module rs\ngo 1.26\n' > "$tmp/rs/go.mod"
printf 'module ms\ngo 1.26\n' > "$tmp/ms/go.mod"
(cd "$tmp/rs" && go build -ldflags=-checklinkname=0 -o rs . && ./rs) > "$tmp/roundupsize.golden"
(cd "$tmp/ms" && go build -o ms . && GOGC=off ./ms) > "$tmp/memstats.golden"

status=0
for f in roundupsize.golden memstats.golden; do
	if [ $check = 1 ]; then
		if ! cmp -s "$tmp/$f" "$out/$f"; then
			echo "golden-runtime: $out/$f drifted from real Go:" >&2
			diff "$out/$f" "$tmp/$f" | head -20 >&2 || true
			status=1
		fi
	else
		mkdir -p "$out"
		cp "$tmp/$f" "$out/$f"
		echo "wrote $out/$f"
	fi
done
exit $status
