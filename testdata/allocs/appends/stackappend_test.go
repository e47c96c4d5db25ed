// Go 1.26 (facts §3.3, §12.3): a slice built by append that does not
// escape gets a 32-byte stack backing store at its first growing append
// (cap 32/sizeof(T)), then doubles on the heap.  Only the first append
// site of a variable, only the fixed-argument form, only a slice kept in
// a register-able local, and only once per call (the "used" flag).
package appends

import "testing"

type (
	str2   struct{ a, b string }
	small  struct{ vals []int }
	bigger struct {
		vals []int
		a, b [4]int
	}
)

var (
	strs = []string{"a", "b", "c"}
	ints = []int{1, 2, 3, 4, 5, 6, 7, 8}
)

//go:noinline
func localInts(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s) + cap(s)
}

//go:noinline
func localBytes(n int) int {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
	}
	return len(s) + cap(s)
}

//go:noinline
func localStrings(n int) int {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, strs[i%3])
	}
	return len(s)
}

//go:noinline
func localElem24(n int) int {
	var s []elem24
	for i := 0; i < n; i++ {
		s = append(s, elem24{a: int64(i)})
	}
	return len(s)
}

//go:noinline
func localElem40(n int) int {
	var s []elem40
	for i := 0; i < n; i++ {
		s = append(s, elem40{a: int64(i)})
	}
	return len(s)
}

func BenchmarkLocalInts4(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localInts(4)
	}
}

func BenchmarkLocalInts5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localInts(5)
	}
}

func BenchmarkLocalInts9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localInts(9)
	}
}

func BenchmarkLocalBytes32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localBytes(32)
	}
}

func BenchmarkLocalBytes33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localBytes(33)
	}
}

func BenchmarkLocalStrings2(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localStrings(2)
	}
}

func BenchmarkLocalStrings3(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localStrings(3)
	}
}

func BenchmarkLocalElem24One(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localElem24(1)
	}
}

func BenchmarkLocalElem24Two(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localElem24(2)
	}
}

func BenchmarkLocalElem40One(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += localElem40(1)
	}
}

// The slice is reset and refilled: the buffer is used once per call, the
// second round grows on the heap.
//
//go:noinline
func resetAndRefill(n int) int {
	var s []int
	t := 0
	for round := 0; round < 2; round++ {
		s = nil
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		t += len(s)
	}
	return t
}

func BenchmarkLocalResetRefill(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += resetAndRefill(3)
	}
}

// append(s, t...) never uses the buffer.
//
//go:noinline
func spread(xs []int) int {
	var s []int
	s = append(s, xs...)
	return len(s)
}

func BenchmarkLocalAppendSpread(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += spread(ints[:3])
	}
}

// Two append sites: only the first one gets the buffer code.
//
//go:noinline
func twoSites(n int) int {
	var s []int
	s = append(s, -1)
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func BenchmarkLocalTwoSites(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += twoSites(3)
	}
}

//go:noinline
func fieldOfSmall(n int) int {
	var st small
	for i := 0; i < n; i++ {
		st.vals = append(st.vals, i)
	}
	return len(st.vals)
}

//go:noinline
func fieldOfBigger(n int) int {
	var st bigger
	for i := 0; i < n; i++ {
		st.vals = append(st.vals, i)
	}
	return len(st.vals) + st.a[0]
}

func BenchmarkLocalFieldSmallStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += fieldOfSmall(3)
	}
}

func BenchmarkLocalFieldBiggerStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += fieldOfBigger(3)
	}
}

//go:noinline
func readLen(p *[]int) int { return len(*p) }

// The slice's address is taken: it lives in memory, no buffer.
//
//go:noinline
func addrTakenSlice(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return readLen(&s)
}

func BenchmarkLocalAddrTaken(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += addrTakenSlice(3)
	}
}

//go:noinline
func arrayOfSlices(n int) int {
	var a [2][]int
	for i := 0; i < n; i++ {
		a[0] = append(a[0], i)
	}
	return len(a[0])
}

func BenchmarkLocalArrayOfSlices(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += arrayOfSlices(3)
	}
}

var global []int

// A global slice appends in place on the heap.
func BenchmarkGlobalAppend(b *testing.B) {
	for i := 0; i < b.N; i++ {
		global = nil
		global = append(global, i)
		global = append(global, i)
	}
}

// Appending inside a loop to a slice declared in the loop body.
//
//go:noinline
func perIteration(n int) int {
	t := 0
	for j := 0; j < 2; j++ {
		var s []int
		for i := 0; i < n; i++ {
			s = append(s, i)
		}
		t += len(s)
	}
	return t
}

func BenchmarkLocalPerIteration(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += perIteration(3)
	}
}

// s is reassigned inside a closure: captured by reference, it lives in
// memory and appends go to the heap (the in-place path).
//
//go:noinline
func capturedByRef(n int) int {
	var s []int
	add := func(v int) { s = append(s, v) }
	for i := 0; i < n; i++ {
		add(i)
	}
	return len(s)
}

func BenchmarkLocalCapturedByRef(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += capturedByRef(3)
	}
}
