#!/bin/sh
# golden-runtime-values.sh — regenerate the goldens of the runtime's value
# operations (runtime/print.c, fmtfloat.c, slice.c) from real Go.
#
#   sh scripts/golden-runtime-values.sh          rewrite testdata/runtime/*.golden
#   sh scripts/golden-runtime-values.sh --check  regenerate into a temp dir and
#                                                fail if a committed golden drifted
#
# Needs `go` (Go 1.26) on PATH.  Three small Go programs, embedded below, are
# the oracle; the C unit tests runtime/tests/{print,slice}_test.c read what
# they print (utf8.golden is read by runtime/tests/string_test.c):
#   floats.golden     strconv.FormatFloat(v, 'g'|'e'|'f', -1, 32|64) of a few
#                     thousand float64/float32 bit patterns
#   print.golden      stderr of a fixed series of println/print statements
#   slicecaps.golden  cap() after each growth when appending one element at a
#                     time to a heap-resident slice, per element size and
#                     pointerness; multi-element appends; and caps and
#                     allocs/op of Go 1.26's stack-buffered appends with
#                     move2heap
#   utf8.golden       range-over-string, len([]rune(s)), string(rune) and
#                     string([]rune) on valid and malformed UTF-8
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/testdata/runtime"
check=0
[ "${1:-}" = "--check" ] && check=1

command -v go >/dev/null 2>&1 || { echo "golden-runtime-values: go not found" >&2; exit 1; }
export GOTOOLCHAIN=local GOFLAGS=

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------
cat > "$work/floats.go" <<'EOF'
// Prints one line per value: "64 <bits> <g> <e> <f>" or "32 <bits> ...",
// where <f> is "-" when the %f form is longer than 40 bytes.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
)

func line64(v float64) {
	f := strconv.FormatFloat(v, 'f', -1, 64)
	if len(f) > 40 {
		f = "-"
	}
	fmt.Printf("64 %016x %s %s %s\n", math.Float64bits(v),
		strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), f)
}

func line32(v float32) {
	f := strconv.FormatFloat(float64(v), 'f', -1, 32)
	if len(f) > 40 {
		f = "-"
	}
	fmt.Printf("32 %08x %s %s %s\n", math.Float32bits(v),
		strconv.FormatFloat(float64(v), 'g', -1, 32), strconv.FormatFloat(float64(v), 'e', -1, 32), f)
}

func main() {
	r := rand.New(rand.NewPCG(2026, 1))
	specials := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 0x1p-1022,
		math.Float64frombits(0x000fffffffffffff), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
		1e-5, 1e-4, 0.00012345, 123456, 999999, 999999.5, 1e6, 1234567, 1e20, 1e21, 1e22, 1e23,
		9007199254740992, 9007199254740993, 18446744073709551615, 5e-324, 1.7976931348623157e308,
		2.2250738585072014e-308, 4.9406564584124654e-324, 0.5, 1.5, 100, 1e100, 1e-100, 1e-7,
		123456789, 1.2345678901234567e19, math.Pi, math.E, math.Sqrt2}
	for _, v := range specials {
		line64(v)
		line32(float32(v))
	}
	for e := -1074; e <= 1023; e++ { // every power of two, with its neighbours every 5th
		v := math.Ldexp(1, e)
		line64(v)
		if e%5 == 0 {
			line64(math.Nextafter(v, 0))
			line64(math.Nextafter(v, math.Inf(1)))
		}
	}
	for e := -149; e <= 127; e++ {
		v := float32(math.Ldexp(1, e))
		line32(v)
		if e%3 == 0 {
			line32(math.Nextafter32(v, 0))
			line32(math.Nextafter32(v, float32(math.Inf(1))))
		}
	}
	for i := 0; i < 1500; i++ { // random bit patterns
		line64(math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 1000; i++ {
		line32(math.Float32frombits(r.Uint32()))
	}
	for i := 0; i < 150; i++ { // subnormals
		line64(math.Float64frombits(r.Uint64() >> 12))
		line32(math.Float32frombits(r.Uint32() >> 9))
	}
	p := 1.0
	for k := 0; k <= 22; k++ { // powers of ten and integers around them
		line64(p)
		line64(p - 1)
		line64(p + 1)
		line32(float32(p))
		p *= 10
	}
	for i := 0; i < 300; i++ { // integers up to 2^64
		u := r.Uint64() >> r.IntN(64)
		line64(float64(u))
		line32(float32(u))
	}
	for i := 0; i < 400; i++ { // short decimals: k / 10^n
		k := r.IntN(100000)
		n := r.IntN(25)
		v := float64(k) / math.Pow(10, float64(n))
		line64(v)
		line32(float32(v))
		if i%2 == 0 {
			line64(-v * 1e10)
		}
	}
	for i := 0; i < 300; i++ { // shortest-digit boundary cases: x.5 ulp multiples
		v := (float64(r.IntN(1<<20)) + 0.5) * math.Ldexp(1, r.IntN(200)-100)
		line64(v)
		line32(float32(v))
	}
}
EOF

# ---------------------------------------------------------------------------
cat > "$work/print.go" <<'EOF'
// Each statement prints one line to stderr; runtime/tests/print_test.c makes
// the same calls in the same order.
package main

import (
	"math"
	"unsafe"
)

func main() {
	negzero := math.Copysign(0, -1)
	inf, nan := math.Inf(1), math.NaN()
	println(true, false)
	println(0, 1, -1, 42, math.MaxInt64, math.MinInt64)
	println(uint64(0), uint64(math.MaxUint64), uint(7))
	println(int8(-128), int16(-300), int32(-5), uint8(255), uint16(65535), uint32(4000000000))
	println(1.5, -2.25, 1e100, 1e-7, 123456789.0, 0.1, 1.0/3, 100000.0, 1e6, 1e21)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, 0.0, negzero, nan, inf, -inf, 0.0001, 0.00001)
	println(float32(0.1), float32(1)/3, float32(16777216), float32(math.MaxFloat32), float32(1e-45), float32(-2.5))
	println(complex(3, 4), complex(-1.5, -0.5), complex(0, negzero), complex(inf, nan), complex(1e100, 1e-100), complex(nan, -inf))
	println(complex64(complex(1.5, -2)), complex64(complex(0.1, 0.2)))
	println("hello", "", "world")
	print("a", "b", 1, 2, "\n")
	println()
	println(unsafe.Pointer(nil), (*int)(nil), unsafe.Pointer(uintptr(0xdeadbeef)))
	println(uintptr(0x1234), 'x')
	println([]int(nil), unsafe.Slice((*int)(unsafe.Pointer(uintptr(0x1000))), 3))
	println(any(nil), error(nil))
}
EOF

# ---------------------------------------------------------------------------
cat > "$work/slicecaps.go" <<'EOF'
// "caps <size> <ptr> <cap>...": the distinct caps seen while appending one
// element at a time to a slice that lives in a heap object (so Go 1.26's
// stack buffers never apply), up to 100000 elements.
// "multi <size> <ptr> <len> <num> <cap>": cap(append(s, t[:num]...)) where s
// has len == cap == len (nil when 0).
// "stack <elem> <nocap|cap> <n> <cap> <allocs> [<caps seen>...]": Go 1.26's
// stack-buffered appends: a local slice built by n appends in a loop and
// then returned (or stored through a pointer), so move2heap applies; "cap"
// functions also observe cap() in the loop, which selects growsliceBuf and
// moveSlice, "nocap" ones get moveSliceNoCap.  <cap> and <allocs> are of
// the result, <caps seen> the distinct caps observed inside the loop.
package main

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

type holder[T any] struct{ s []T }

var sink any

type p8 struct{ p *byte }
type p16 struct {
	p *byte
	_ [8]byte
}
type p24 struct {
	p *byte
	_ [16]byte
}
type p32 struct {
	p *byte
	_ [24]byte
}
type p48 struct {
	p *byte
	_ [40]byte
}
type p64 struct {
	p *byte
	_ [56]byte
}
type p104 struct {
	p *byte
	_ [96]byte
}

func growth[T any](ptr int) {
	var zero T
	h := new(holder[T])
	sink = h
	var caps []string
	last := -1
	for i := 0; i < 100000; i++ {
		h.s = append(h.s, zero)
		if c := cap(h.s); c != last {
			caps = append(caps, fmt.Sprint(c))
			last = c
		}
	}
	fmt.Printf("caps %d %d %s\n", unsafe.Sizeof(zero), ptr, strings.Join(caps, " "))
}

func multi[T any](ptr int) {
	var zero T
	src := make([]T, 3000)
	h := new(holder[T])
	sink = h
	for _, l := range []int{0, 1, 2, 3, 5, 7, 8, 100, 255, 256, 257, 300, 1000, 5000} {
		for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 100, 511, 1000, 3000} {
			h.s = nil
			if l > 0 {
				h.s = make([]T, l)
			}
			h.s = append(h.s, src[:n]...)
			fmt.Printf("multi %d %d %d %d %d\n", unsafe.Sizeof(zero), ptr, l, n, cap(h.s))
		}
	}
}

var seen [64]int
var nseen int

func record(c int) {
	if nseen < len(seen) && (nseen == 0 || seen[nseen-1] != c) {
		seen[nseen] = c
		nseen++
	}
}

//go:noinline
func byteNoCap(n int) []byte {
	var r []byte
	for i := 0; i < n; i++ {
		r = append(r, byte(i))
	}
	return r
}

//go:noinline
func byteCap(n int) []byte {
	var r []byte
	for i := 0; i < n; i++ {
		r = append(r, byte(i))
		record(cap(r))
	}
	return r
}

//go:noinline
func intNoCap(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	return r
}

//go:noinline
func intCap(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
		record(cap(r))
	}
	return r
}

//go:noinline
func ptrNoCap(n int, p *[]*byte) {
	var r []*byte
	for i := 0; i < n; i++ {
		r = append(r, nil)
	}
	*p = r
}

//go:noinline
func ptrCap(n int, p *[]*byte) {
	var r []*byte
	for i := 0; i < n; i++ {
		r = append(r, nil)
		record(cap(r))
	}
	*p = r
}

var sinkB []byte
var sinkI []int
var sinkP []*byte

func stackLine(elem, mode string, n int, run func() int) {
	c := run()
	allocs := testing.AllocsPerRun(20, func() { run() })
	nseen = 0
	run()
	line := fmt.Sprintf("stack %s %s %d %d %d", elem, mode, n, c, int(allocs))
	if mode == "cap" {
		for _, x := range seen[:nseen] {
			line += fmt.Sprintf(" %d", x)
		}
	}
	fmt.Println(line)
}

func stack() {
	for n := 0; n <= 70; n++ {
		stackLine("byte", "nocap", n, func() int { sinkB = byteNoCap(n); return cap(sinkB) })
		stackLine("byte", "cap", n, func() int { sinkB = byteCap(n); return cap(sinkB) })
		stackLine("int", "nocap", n, func() int { sinkI = intNoCap(n); return cap(sinkI) })
		stackLine("int", "cap", n, func() int { sinkI = intCap(n); return cap(sinkI) })
		stackLine("ptr", "nocap", n, func() int { ptrNoCap(n, &sinkP); return cap(sinkP) })
		stackLine("ptr", "cap", n, func() int { ptrCap(n, &sinkP); return cap(sinkP) })
	}
}

func main() {
	stack()
	growth[[1]byte](0)
	growth[[2]byte](0)
	growth[[4]byte](0)
	growth[[8]byte](0)
	growth[[12]byte](0)
	growth[[16]byte](0)
	growth[[24]byte](0)
	growth[[32]byte](0)
	growth[[48]byte](0)
	growth[[64]byte](0)
	growth[[100]byte](0)
	growth[p8](1)
	growth[p16](1)
	growth[p24](1)
	growth[p32](1)
	growth[p48](1)
	growth[p64](1)
	growth[p104](1)
	multi[[1]byte](0)
	multi[[8]byte](0)
	multi[[12]byte](0)
	multi[[24]byte](0)
	multi[[100]byte](0)
	multi[p8](1)
	multi[p24](1)
	multi[p48](1)
}
EOF

# ---------------------------------------------------------------------------
cat > "$work/utf8.go" <<'EOF'
// "range <hex> <i>:<rune>...": what `for i, r := range s` yields (runes in
// hex); "runes <hex> <n>" is len([]rune(s)); "intstring <v> <hex>" is
// string(v) for an int64 v, and "runestring <hex runes> <hex>" is
// string([]rune{...}).  Strings are given as hex bytes ("-" when empty).
package main

import (
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
)

func hx(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func ranges(s string) {
	var b strings.Builder
	for i, r := range s {
		fmt.Fprintf(&b, " %d:%x", i, r)
	}
	fmt.Printf("range %s%s\n", hx(s), b.String())
	fmt.Printf("runes %s %d\n", hx(s), len([]rune(s)))
}

func main() {
	fixed := []string{"", "a", "héllo, 世界", "\U0001F600x", "\xc0\x80", "\xc1\xbf", "\xc2\x80",
		"\xdf\xbf", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xed\xbf\xbf", "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x8f\xbf\xbf",
		"\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
		"\xf8\x88\x80\x80\x80", "\xff", "\x80", "\xbf", "\xe4\xb8", "\xe4\xb8x",
		"\xf0\x9f\x98", "a\xf0\x9f\x98\x80b\xe4"}
	for _, s := range fixed {
		ranges(s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	leads := []byte{0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	for i := 0; i < 300; i++ {
		b := make([]byte, r.IntN(12))
		for j := range b {
			if r.IntN(2) == 0 {
				b[j] = leads[r.IntN(len(leads))]
			} else {
				b[j] = byte(0x80 + r.IntN(0x40))
			}
		}
		ranges(string(b))
	}
	for _, v := range []int64{0, 65, 127, 128, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd,
		0xffff, 0x10000, 0x10ffff, 0x110000, -1, -65, 1<<31 - 1, -1 << 31, 1<<32 + 65, -1 << 63} {
		fmt.Printf("intstring %d %s\n", v, hx(string(v))) // intstring(nil, v)
	}
	for _, rs := range [][]rune{{}, {'a'}, {'a', 0xe9, 0x4e16, 0x1f600}, {-1, 0xd800, 0x110000, 'z'}} {
		var parts []string
		for _, x := range rs {
			parts = append(parts, fmt.Sprintf("%x", uint32(x)))
		}
		if len(parts) == 0 {
			parts = []string{"-"}
		}
		fmt.Printf("runestring %s %s\n", strings.Join(parts, ","), hx(string(rs)))
	}
}
EOF

gen() {
	(cd "$work" && go run floats.go) > "$work/floats.golden"
	(cd "$work" && go build -o print.bin print.go && ./print.bin 2> print.golden)
	(cd "$work" && go run slicecaps.go) > "$work/slicecaps.golden"
	(cd "$work" && go run utf8.go) > "$work/utf8.golden"
}
gen

status=0
for f in floats.golden print.golden slicecaps.golden utf8.golden; do
	if [ $check = 1 ]; then
		if ! cmp -s "$work/$f" "$out/$f"; then
			echo "golden-runtime-values: testdata/runtime/$f drifted from real Go" >&2
			status=1
		fi
	else
		mkdir -p "$out"
		cp "$work/$f" "$out/$f"
		echo "wrote testdata/runtime/$f ($(wc -l < "$out/$f") lines)"
	fi
done
exit $status
