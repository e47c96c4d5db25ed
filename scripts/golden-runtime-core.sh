#!/bin/sh
# golden-runtime-core.sh — regenerate the goldens of the runtime core's unit
# tests (runtime/tests/{panic,iface,alg,start}_test.c) from real Go.
#
#   sh scripts/golden-runtime-core.sh          rewrite testdata/runtime/core-*.golden
#   sh scripts/golden-runtime-core.sh --check  regenerate into a temp dir and fail
#                                              (exit 1) if a committed golden drifted
#
# core-panics.golden   for each case of a Go program that dies (panic values
#                      of every kind, nested and recovered panics, run-time
#                      errors, faults, stack overflow, a fatal error):
#                      "=== case", "exit N", then its stderr normalized by
#                      scripts/normalize.awk.  The C tests rebuild each case
#                      with hand-made type descriptors (and, for faults, tiny
#                      assembly "Go functions") and compare.
# core-bounds.golden   the text of the run-time error (or "ok") for a grid of
#                      index, slice and 3-index slice expressions on a slice
#                      (len 3, cap 4), an array [3]int and a string "abc",
#                      with indices from {-1, 0, 2, 3, 4, 5}; replayed through
#                      rt_checkslice / rt_panicbounds.
# core-convt.golden    Mallocs and TotalAlloc per conversion to interface
#                      (convT16/32/64, convTstring, convTslice, convT,
#                      convTnoptr) for values around their special cases.
# core-complex.golden  complex128 division on special values, as float64
#                      bit patterns.
set -eu
cd "$(dirname "$0")/.."
command -v go >/dev/null 2>&1 || { echo "golden-runtime-core: go not on PATH" >&2; exit 1; }

check=0
[ "${1:-}" = "--check" ] && check=1
out=testdata/runtime
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/panics" "$tmp/bounds" "$tmp/convt" "$tmp/complex" "$tmp/new"

# ---- core-panics ----------------------------------------------------------------
cat > "$tmp/panics/main.go" <<'GO'
package main

import (
	"os"
	"sync"
)

type MyInt int
type MyString string
type MyBool bool
type U8 uint8
type C complex128
type E struct{}

func (E) Error() string { return "boom\nx" }

type S struct{ a int }

func (S) String() string { return "S-stringer" }

type SL struct{ a []int }

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

var sink any

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	return deep(n+1) + pad[(n+7)%64]
}

type node struct {
	val  int
	next *node
}

func main() {
	var zero int
	switch os.Args[1] {
	case "string":
		panic("msg\nline2\n")
	case "int":
		panic(42)
	case "int8":
		panic(int8(-5))
	case "uint64":
		panic(uint64(1<<64 - 1))
	case "bool":
		panic(false)
	case "float64":
		panic(1e21)
	case "float32":
		panic(float32(0.1))
	case "complex128":
		panic(complex(1, -2))
	case "myint":
		panic(MyInt(3))
	case "mystring":
		panic(MyString("x\ny\"z"))
	case "mybool":
		panic(MyBool(true))
	case "u8":
		panic(U8(7))
	case "myc":
		panic(C(1 + 2i))
	case "emptystring":
		panic("")
	case "nil":
		panic(nil)
	case "error":
		panic(E{})
	case "stringer":
		panic(S{1})
	case "nested":
		defer func() { panic("second") }()
		panic("first")
	case "repanicked":
		defer func() { r := recover(); panic(r) }()
		panic("first")
	case "recovered-then-panic":
		defer func() { recover(); panic("second") }()
		panic("first")
	case "index":
		s := make([]int, 3)
		i := 5
		_ = s[i]
	case "divide":
		println(1 / zero)
	case "shift":
		n := -1 + zero
		println(1 << n)
	case "nilmap":
		var m map[int]int
		m[1] = 2
	case "nilderef":
		var p *int
		println(*p)
	case "nilfield":
		var p *node
		println(p.next)
	case "nilderef-recovered":
		defer func() { println("recovered:", recover() != nil) }()
		var p *int
		println(*p)
	case "stackoverflow":
		println(deep(0))
	case "throw":
		var mu sync.Mutex
		mu.Unlock()
	case "e2t":
		var e any = "str"
		sink = e.(int)
	case "i2t-nil":
		var e any
		sink = e.(T)
	case "missing":
		var i I = T{}
		sink = i.(J)
	case "uncomparable":
		var x, y any = []int{1}, []int{1}
		println(x == y)
	case "unhashable":
		m := map[any]int{}
		m[SL{}] = 1
	case "emptymap-unhashable":
		m := map[any]int{}
		var f func()
		sink = m[f]
	}
}
GO
(cd "$tmp/panics" && go mod init panics >/dev/null 2>&1 && go build -o prog .)
for c in string int int8 uint64 bool float64 float32 complex128 myint mystring mybool u8 myc \
	emptystring nil error stringer nested repanicked recovered-then-panic index divide shift \
	nilmap nilderef nilfield nilderef-recovered stackoverflow throw e2t i2t-nil missing \
	uncomparable unhashable emptymap-unhashable; do
	st=0
	"$tmp/panics/prog" "$c" > "$tmp/panics/stdout" 2> "$tmp/panics/stderr" || st=$?
	echo "=== $c"
	echo "exit $st"
	cat "$tmp/panics/stdout"
	awk -f scripts/normalize.awk "$tmp/panics/stderr"
done > "$tmp/new/core-panics.golden"

# ---- core-bounds ----------------------------------------------------------------
cat > "$tmp/bounds/main.go" <<'GO'
package main

import "fmt"

var vals = []int{-1, 0, 2, 3, 4, 5}

// try prints the text of the run-time error f panics with, or "ok".
func try(line string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s | %v\n", line, r)
		} else {
			fmt.Printf("%s | ok\n", line)
		}
	}()
	f()
}

func main() {
	s := make([]int, 3, 4)
	var a [3]int
	str := "abc"
	// index: x len
	for _, i := range vals {
		try(fmt.Sprintf("index %d 3", i), func() { _ = s[i] })
	}
	var u uint = 1 << 63
	try(fmt.Sprintf("uindex %d 3", u), func() { _ = s[u] })
	// slice FLAGS LEN CAP LO HI MAX (flags: 1 string/array, 2 three-index, 4 hi given)
	for _, lo := range vals {
		try(fmt.Sprintf("slice 0 3 4 %d 3 4", lo), func() { _ = s[lo:] })
		try(fmt.Sprintf("slice 1 3 3 %d 3 3", lo), func() { _ = str[lo:] })
		try(fmt.Sprintf("slice 1 3 3 %d 3 3", lo), func() { _ = a[lo:] })
		for _, hi := range vals {
			try(fmt.Sprintf("slice 4 3 4 %d %d 4", lo, hi), func() { _ = s[lo:hi] })
			try(fmt.Sprintf("slice 5 3 3 %d %d 3", lo, hi), func() { _ = str[lo:hi] })
			try(fmt.Sprintf("slice 5 3 3 %d %d 3", lo, hi), func() { _ = a[lo:hi] })
			for _, max := range vals {
				try(fmt.Sprintf("slice 6 3 4 %d %d %d", lo, hi, max), func() { _ = s[lo:hi:max] })
				try(fmt.Sprintf("slice 7 3 3 %d %d %d", lo, hi, max), func() { _ = a[lo:hi:max] })
			}
		}
	}
	// convert SLICELEN ARRAYLEN
	try("convert 3 4", func() { _ = [4]int(s) })
	try("convert 3 5", func() { _ = (*[5]int)(s) })
	try("convert 3 3", func() { _ = [3]int(s) })
}
GO
(cd "$tmp/bounds" && go mod init bounds >/dev/null 2>&1 && go run .) > "$tmp/new/core-bounds.golden"

# ---- core-convt ----------------------------------------------------------------
cat > "$tmp/convt/main.go" <<'GO'
package main

import (
	"fmt"
	"runtime"
)

type P2 struct {
	p *int
	x int
}
type P4 struct {
	p *int
	a [3]int
}
type N3 struct{ a, b, c int }
type B3 [3]byte

var (
	sink any
	u16  uint16
	u32  uint32
	u64  uint64
	i64  int64
	f32  float32
	f64  float64
	str  string
	sl   []int
	p2   P2
	p4   P4
	n3   N3
	b3   B3
)

const N = 1000

// measure prints Mallocs and TotalAlloc per conversion over N conversions.
func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < N; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%s mallocs=%d bytes=%d\n", name, (b.Mallocs-a.Mallocs)/N, (b.TotalAlloc-a.TotalAlloc)/N)
}

func main() {
	for _, v := range []uint16{0, 255, 256, 65535} {
		u16 = v
		measure(fmt.Sprintf("convT16 %d", v), func() { sink = u16 })
	}
	for _, v := range []uint32{7, 255, 256, 1 << 31} {
		u32 = v
		measure(fmt.Sprintf("convT32 %d", v), func() { sink = u32 })
	}
	for _, v := range []uint64{0, 255, 256, 1 << 40} {
		u64 = v
		measure(fmt.Sprintf("convT64 %d", v), func() { sink = u64 })
	}
	i64 = -1
	measure("convT64 -1", func() { sink = i64 })
	f32 = 0
	measure("convT32f 0", func() { sink = f32 })
	f32 = 1.5
	measure("convT32f 1.5", func() { sink = f32 })
	f64 = 0
	measure("convT64f 0", func() { sink = f64 })
	f64 = 1.5
	measure("convT64f 1.5", func() { sink = f64 })
	str = ""
	measure("convTstring 0", func() { sink = str })
	str = "x"
	measure("convTstring 1", func() { sink = str })
	sl = nil
	measure("convTslice nil", func() { sink = sl })
	sl = []int{}
	measure("convTslice empty", func() { sink = sl })
	sl = make([]int, 3)
	measure("convTslice 3", func() { sink = sl })
	measure("convT 16", func() { sink = p2 })
	measure("convT 32", func() { sink = p4 })
	measure("convTnoptr 24", func() { sink = n3 })
	measure("convTnoptr 3", func() { sink = b3 })
}
GO
(cd "$tmp/convt" && go mod init convt >/dev/null 2>&1 && go run .) > "$tmp/new/core-convt.golden"

# ---- core-complex ----------------------------------------------------------------
cat > "$tmp/complex/main.go" <<'GO'
package main

import (
	"fmt"
	"math"
)

var vals = []float64{0, math.Copysign(0, -1), 1, -2.5, 3e300, 1e-310, math.Inf(1), math.Inf(-1), math.NaN()}

var sink complex128

func main() {
	for _, a := range vals {
		for _, b := range vals {
			for _, c := range vals {
				for _, d := range vals {
					n, m := complex(a, b), complex(c, d)
					q := n / m
					sink = q
					fmt.Printf("%016x %016x %016x %016x %016x %016x\n",
						math.Float64bits(a), math.Float64bits(b), math.Float64bits(c), math.Float64bits(d),
						math.Float64bits(real(q)), math.Float64bits(imag(q)))
				}
			}
		}
	}
}
GO
(cd "$tmp/complex" && go mod init complexdiv >/dev/null 2>&1 && go run .) > "$tmp/new/core-complex.golden"

status=0
for f in core-panics.golden core-bounds.golden core-convt.golden core-complex.golden; do
	if [ $check -eq 1 ]; then
		if ! cmp -s "$tmp/new/$f" "$out/$f"; then
			echo "golden-runtime-core: $out/$f drifted from real Go:" >&2
			diff "$out/$f" "$tmp/new/$f" | head -20 >&2
			status=1
		fi
	elif ! cmp -s "$tmp/new/$f" "$out/$f" 2>/dev/null; then
		cp "$tmp/new/$f" "$out/$f"
		echo "updated $out/$f"
	fi
done
exit $status
