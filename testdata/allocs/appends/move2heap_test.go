// Go 1.26 move2heap (facts §3.4, §12.4, §12.6): an append-built slice
// that escapes by `return s`, `*p = s` or `global = s` is built in the
// stack buffer and copied to the heap once at that point, exactly sized
// by the size classes while it fits; a store into a composite literal, a
// transition inside a deeper loop, &s[i], or a use escape analysis does
// not understand turn this off (plain heap growth).
package appends

import "testing"

//go:noinline
func byteSlice(n int) []byte {
	var r []byte
	for i := 0; i < n; i++ {
		r = append(r, byte(i))
	}
	return r
}

func BenchmarkByteSlice0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(0)
	}
}

func BenchmarkByteSlice1(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(1)
	}
}

func BenchmarkByteSlice9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(9)
	}
}

func BenchmarkByteSlice32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(32)
	}
}

func BenchmarkByteSlice33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(33)
	}
}

func BenchmarkByteSlice65(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = byteSlice(65)
	}
}

// The capacity is observed: the buffer strategy (growsliceBuf, moveSlice).
//
//go:noinline
func byteSliceCap(n int) ([]byte, int) {
	var r []byte
	for i := 0; i < n; i++ {
		r = append(r, byte(i))
		total += cap(r)
	}
	return r, cap(r)
}

func BenchmarkByteSliceCap9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB, _ = byteSliceCap(9)
	}
}

//go:noinline
func ptrSlice(n int, p *[]*int) {
	var r []*int
	for i := 0; i < n; i++ {
		r = append(r, &total)
	}
	*p = r
}

func BenchmarkPtrSliceOut3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ptrSlice(3, &sinkP)
	}
}

func BenchmarkPtrSliceOut5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ptrSlice(5, &sinkP)
	}
}

func BenchmarkPtrSliceOut9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ptrSlice(9, &sinkP)
	}
}

//go:noinline
func toGlobal(n int) {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	sinkI = r
}

func BenchmarkStoreGlobal3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		toGlobal(3)
	}
}

type box struct{ vals []int }

var sinkBox *box

//go:noinline
func toCompositeLiteral(n int) {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	sinkBox = &box{vals: r}
}

func BenchmarkStoreCompositeLiteral3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		toCompositeLiteral(3)
	}
}

//go:noinline
func oneAppend(x int) []int {
	var r []int
	r = append(r, x)
	return r
}

//go:noinline
func twoAppends(x int) []int {
	var r []int
	r = append(r, x)
	r = append(r, x)
	return r
}

func BenchmarkReturnOneAppend(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = oneAppend(i)
	}
}

func BenchmarkReturnTwoAppends(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = twoAppends(i)
	}
}

// The transition is inside a deeper loop than the declaration.
//
//go:noinline
func storeInLoop(n int) {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
		sinkI = r
	}
}

func BenchmarkStoreInLoop3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		storeInLoop(3)
	}
}

// Two transitions: give up.
//
//go:noinline
func twoTransitions(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	if n > 100 {
		sinkI = r
		return nil
	}
	return r
}

func BenchmarkTwoTransitions3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = twoTransitions(3)
	}
}

var sinkIP *int

// &r[i] breaks exclusivity.
//
//go:noinline
func addrOfElem(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	sinkIP = &r[0]
	return r
}

func BenchmarkAddrOfElement3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = addrOfElem(3)
	}
}

//go:noinline
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// Ranging over r and passing it to a function that does not keep it are
// understood uses.
//
//go:noinline
func rangeAndPass(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	for _, v := range r {
		total += v
	}
	total += sum(r)
	return r
}

func BenchmarkRangeAndPass3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = rangeAndPass(3)
	}
}

//go:noinline
func keepIt(s []int) []int { sinkI = s; return s }

// Passing r to a function that keeps it: give up, heap from the start.
//
//go:noinline
func passLeaking(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	keepIt(r)
	return r
}

func BenchmarkPassLeaking3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = passLeaking(3)
	}
}

// Named result and a bare return.
//
//go:noinline
func namedResult(n int) (r []string) {
	for i := 0; i < n; i++ {
		r = append(r, strs[i%3])
	}
	return
}

func BenchmarkNamedResultStrings3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = namedResult(3)
	}
}

var sinkS []string

//go:noinline
func elem24Slice(n int) []elem24 {
	var r []elem24
	for i := 0; i < n; i++ {
		r = append(r, elem24{a: int64(i)})
	}
	return r
}

func BenchmarkElem24Slice1(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkE = elem24Slice(1)
	}
}

func BenchmarkElem24Slice3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkE = elem24Slice(3)
	}
}

var sinkE []elem24

// r = r[i:j] is an understood use (the capacity is then observed).
//
//go:noinline
func resliced(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	r = r[1:]
	return r
}

func BenchmarkReslicedBeforeReturn3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = resliced(3)
	}
}

// r = f(r) is not understood: no move2heap, plain heap growth.
//
//go:noinline
func identity(s []int) []int { return s }

//go:noinline
func reassignedFromCall(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	r = identity(r)
	return r
}

func BenchmarkReassignedFromCall3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkI = reassignedFromCall(3)
	}
}
