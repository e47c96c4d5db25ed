// Where gc's group of small heap variables ends (facts §12.1): gc flushes
// its pending allocations at the end of every SSA basic block
// (ssagen's endBlock), so two variables share one allocation exactly when
// no branch lies between their declarations: a call, a map lookup or a
// conversion to an interface does not end the block; a bounds check, a
// division by a variable, an && or ||, a type assertion, an append, a
// signed shift count and min/max do.
package heapvars

import "testing"

var (
	sinkAny any
	sinkStr string
	sinkI   int
	m            = map[int]int{1: 2}
	xs           = []int{1, 2, 3, 4}
	idx          = 1
	div          = 2
	sh           = 3
	ush     uint = 3
	str1         = "abc"
	str2         = "abd"
	iface   any  = 7
	ptr          = &struct{ f, g int }{1, 2}
)

//go:noinline
func nop() {}

//go:noinline
func acrossCall(x int) {
	a := x
	p1 = &a
	nop()
	b := x
	p2 = &b
}

//go:noinline
func acrossMapLookup(x int) {
	a := x
	p1 = &a
	sinkI = m[x]
	b := x
	p2 = &b
}

//go:noinline
func acrossBoxing(x int) {
	a := x
	p1 = &a
	sinkAny = x
	b := x
	p2 = &b
}

//go:noinline
func acrossIndex(x int) {
	a := x
	p1 = &a
	sinkI = xs[idx]
	b := x
	p2 = &b
}

//go:noinline
func acrossConstIndex(x int) {
	a := x
	p1 = &a
	var arr [4]int
	arr[2] = x
	sinkI = arr[2]
	b := x
	p2 = &b
}

//go:noinline
func acrossDivide(x int) {
	a := x
	p1 = &a
	sinkI = x / div
	b := x
	p2 = &b
}

//go:noinline
func acrossConstDivide(x int) {
	a := x
	p1 = &a
	sinkI = x / 3
	b := x
	p2 = &b
}

//go:noinline
func acrossAndAnd(x int) {
	a := x
	p1 = &a
	ok := x > 0 && x < 10
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossStringEqual(x int) {
	a := x
	p1 = &a
	ok := str1 == str2
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossTypeAssert(x int) {
	a := x
	p1 = &a
	sinkI = iface.(int)
	b := x
	p2 = &b
}

//go:noinline
func acrossAppend(x int) {
	a := x
	p1 = &a
	xs = append(xs[:0], x)
	b := x
	p2 = &b
}

//go:noinline
func acrossSignedShift(x int) {
	a := x
	p1 = &a
	sinkI = x << sh
	b := x
	p2 = &b
}

//go:noinline
func acrossUnsignedShift(x int) {
	a := x
	p1 = &a
	sinkI = x << ush
	b := x
	p2 = &b
}

//go:noinline
func acrossMin(x int) {
	a := x
	p1 = &a
	sinkI = min(x, div)
	b := x
	p2 = &b
}

//go:noinline
func acrossFieldLoad(x int) {
	a := x
	p1 = &a
	sinkI = ptr.g
	b := x
	p2 = &b
}

//go:noinline
func acrossConcat(x int) {
	a := x
	p1 = &a
	sinkStr = str1 + str2
	b := x
	p2 = &b
}

//go:noinline
func acrossLen(x int) {
	a := x
	p1 = &a
	sinkI = len(str1) + len(xs)
	b := x
	p2 = &b
}

//go:noinline
func acrossFloatToUint(x int, f float64) {
	a := x
	p1 = &a
	sinkI = int(uint64(f))
	b := x
	p2 = &b
}

//go:noinline
func acrossSlicing(x int) {
	a := x
	p1 = &a
	xs = xs[:idx+1]
	b := x
	p2 = &b
}

//go:noinline
func acrossStringIndex(x int) {
	a := x
	p1 = &a
	sinkI = int(str1[idx])
	b := x
	p2 = &b
}

//go:noinline
func acrossRangeString(x int) {
	a := x
	p1 = &a
	for _, r := range str1 {
		sinkI += int(r)
	}
	b := x
	p2 = &b
}

//go:noinline
func acrossSwitch(x int) {
	a := x
	p1 = &a
	switch x {
	case 1:
		sinkI++
	}
	b := x
	p2 = &b
}

//go:noinline
func acrossDefer(x int) {
	a := x
	p1 = &a
	defer nop()
	b := x
	p2 = &b
}

//go:noinline
func acrossStringConv(x int) {
	a := x
	p1 = &a
	sinkStr = string(rune(x))
	b := x
	p2 = &b
}

func BenchmarkAcrossCall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossCall(seed)
	}
}

func BenchmarkAcrossMapLookup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossMapLookup(seed)
	}
}

func BenchmarkAcrossBoxing(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossBoxing(seed + 1000)
	}
}

func BenchmarkAcrossIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossIndex(seed)
	}
}

func BenchmarkAcrossConstIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossConstIndex(seed)
	}
}

func BenchmarkAcrossDivide(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossDivide(seed)
	}
}

func BenchmarkAcrossConstDivide(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossConstDivide(seed)
	}
}

func BenchmarkAcrossAndAnd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossAndAnd(seed)
	}
}

func BenchmarkAcrossStringEqual(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringEqual(seed)
	}
}

func BenchmarkAcrossTypeAssert(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossTypeAssert(seed)
	}
}

func BenchmarkAcrossAppend(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossAppend(seed)
	}
}

func BenchmarkAcrossSignedShift(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossSignedShift(seed)
	}
}

func BenchmarkAcrossUnsignedShift(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossUnsignedShift(seed)
	}
}

func BenchmarkAcrossMin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossMin(seed)
	}
}

func BenchmarkAcrossFieldLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFieldLoad(seed)
	}
}

func BenchmarkAcrossConcat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossConcat(seed)
	}
}

func BenchmarkAcrossLen(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossLen(seed)
	}
}

func BenchmarkAcrossFloatToUint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFloatToUint(seed, float64(seed))
	}
}

func BenchmarkAcrossSlicing(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossSlicing(seed)
	}
}

func BenchmarkAcrossStringIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringIndex(seed)
	}
}

func BenchmarkAcrossRangeString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossRangeString(seed)
	}
}

func BenchmarkAcrossSwitch(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossSwitch(seed)
	}
}

func BenchmarkAcrossDefer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossDefer(seed)
	}
}

func BenchmarkAcrossStringConv(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringConv(seed)
	}
}
