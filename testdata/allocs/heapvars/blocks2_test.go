// More places where gc's group of small heap variables ends or goes on
// (see blocks_test.go): a shift by an untyped constant, a string compared
// with "" or ordered with <, float min/max and a string min/max stay in
// the block; a shift by a typed signed constant, == with a non-empty
// string, interfaces and bounds checks end it.
package heapvars

import "testing"

const three = 3
const tthree int = 3

var fl1, fl2 = 1.5, 2.5
var ys = []int{1, 2, 3, 4}
var e1, e2 any = 1, 2
var st1, st2 = struct{ a, b int }{1, 2}, struct{ a, b int }{1, 3}

//go:noinline
func acrossConstShift(x int) {
	a := x
	p1 = &a
	sinkI = x << 3
	b := x
	p2 = &b
}

//go:noinline
func acrossTypedConstShift(x int) {
	a := x
	p1 = &a
	sinkI = x << tthree
	b := x
	p2 = &b
}

//go:noinline
func acrossStringConstEqual(x int) {
	a := x
	p1 = &a
	ok := str1 == "abc"
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossStringEmptyEqual(x int) {
	a := x
	p1 = &a
	ok := str1 == ""
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossStringLess(x int) {
	a := x
	p1 = &a
	ok := str1 < str2
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossFloatMin(x int) {
	a := x
	p1 = &a
	sinkI = int(min(fl1, fl2))
	b := x
	p2 = &b
}

//go:noinline
func acrossStringMin(x int) {
	a := x
	p1 = &a
	sinkStr = min(str1, str2)
	b := x
	p2 = &b
}

//go:noinline
func acrossIfaceEqual(x int) {
	a := x
	p1 = &a
	ok := e1 == e2
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossStructEqual(x int) {
	a := x
	p1 = &a
	ok := st1 == st2
	b := x
	p2 = &b
	if ok {
		sinkI++
	}
}

//go:noinline
func acrossUnsignedDivide(x int) {
	a := x
	p1 = &a
	sinkI = int(uint(x) / 3)
	b := x
	p2 = &b
}

//go:noinline
func acrossConstSliceIndex(x int) {
	a := x
	p1 = &a
	sinkI = ys[2]
	b := x
	p2 = &b
}

//go:noinline
func acrossNilCheck(x int, q *int) {
	a := x
	p1 = &a
	sinkI = *q
	b := x
	p2 = &b
}

//go:noinline
func acrossIntToFloat(x int) {
	a := x
	p1 = &a
	fl1 = float64(uint64(x))
	b := x
	p2 = &b
}

//go:noinline
func acrossMapAssign(x int) {
	a := x
	p1 = &a
	m[x] = x
	b := x
	p2 = &b
}

//go:noinline
func acrossCommaOk(x int) {
	a := x
	p1 = &a
	v, ok := m[x]
	b := x
	p2 = &b
	if ok {
		sinkI = v
	}
}

//go:noinline
func acrossCopy(x int) {
	a := x
	p1 = &a
	copy(xs, xs[1:])
	b := x
	p2 = &b
}

func BenchmarkAcrossConstShift(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossConstShift(seed)
	}
}

func BenchmarkAcrossTypedConstShift(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossTypedConstShift(seed)
	}
}

func BenchmarkAcrossStringConstEqual(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringConstEqual(seed)
	}
}

func BenchmarkAcrossStringEmptyEqual(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringEmptyEqual(seed)
	}
}

func BenchmarkAcrossStringLess(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringLess(seed)
	}
}

func BenchmarkAcrossFloatMin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossFloatMin(seed)
	}
}

func BenchmarkAcrossStringMin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStringMin(seed)
	}
}

func BenchmarkAcrossIfaceEqual(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossIfaceEqual(seed)
	}
}

func BenchmarkAcrossStructEqual(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossStructEqual(seed)
	}
}

func BenchmarkAcrossUnsignedDivide(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossUnsignedDivide(seed)
	}
}

func BenchmarkAcrossConstSliceIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossConstSliceIndex(seed)
	}
}

func BenchmarkAcrossNilCheck(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossNilCheck(seed, &sinkI)
	}
}

func BenchmarkAcrossIntToFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossIntToFloat(seed)
	}
}

func BenchmarkAcrossMapAssign(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossMapAssign(seed)
	}
}

func BenchmarkAcrossCommaOk(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossCommaOk(seed)
	}
}

func BenchmarkAcrossCopy(b *testing.B) {
	for i := 0; i < b.N; i++ {
		acrossCopy(seed)
	}
}
