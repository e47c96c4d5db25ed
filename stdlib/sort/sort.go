// Package sort is tgo's sort: sorting of slices and user collections, and
// binary search.  The algorithms are Go's (pattern-defeating quicksort for
// the unstable sorts, insertion sort and SymMerge for the stable ones),
// comparison for comparison, so equal elements end up where Go puts them.
// Slice and SliceStable swap elements through internal/reflectlite's
// Swapper, as Go's do.
package sort

import (
	"internal/reflectlite"
	"math/bits"
)

// An Interface is a collection that Sort, Stable and IsSorted can sort:
// its elements are indexed 0..Len()-1.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether element i sorts before element j.
	Less(i, j int) bool
	// Swap swaps the elements i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by Less; it is not
// stable.  It makes O(n log n) calls to Less and Swap.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the pseudo-random generator of breakPatterns (Marsaglia's
// xorshift, seeded with the length of the range).
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

func nextPowerOfTwo(n int) uint { return 1 << uint(bits.Len(uint(n))) }

// lessSwap is the data of Slice and SliceStable.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

type reverse struct {
	// Interface supplies Len and Swap.
	Interface
}

// Less returns the opposite of the embedded Less.
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface { return &reverse{data} }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int, in increasing
// order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Float64Slice attaches the methods of Interface to []float64, in
// increasing order, with NaNs before the other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before other values.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

func isNaN(f float64) bool { return f != f }

// floatLess is cmp.Less for float64: NaNs first.
func floatLess(x, y float64) bool { return (isNaN(x) && !isNaN(y)) || x < y }

// StringSlice attaches the methods of Interface to []string, in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { pdqsortInts(x, 0, len(x), bits.Len(uint(len(x)))) }

// Float64s sorts a slice of float64s in increasing order, NaNs first.
func Float64s(x []float64) { pdqsortFloat64s(x, 0, len(x), bits.Len(uint(len(x)))) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { pdqsortStrings(x, 0, len(x), bits.Len(uint(len(x)))) }

// IntsAreSorted reports whether x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted in increasing order, NaNs
// first.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if floatLess(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order as determined by Less, keeping the
// original order of equal elements.
func Stable(data Interface) { stable(data, data.Len()) }

// Slice sorts the slice x given the function less (less(i, j) reports
// whether x[i] sorts before x[j]); it is not stable.  It panics if x is
// not a slice.
func Slice(x any, less func(i, j int) bool) {
	rv := reflectlite.ValueOf(x)
	swap := reflectlite.Swapper(x)
	n := rv.Len()
	pdqsort_func(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x given the function less, keeping the
// original order of equal elements.  It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	rv := reflectlite.ValueOf(x)
	swap := reflectlite.Swapper(x)
	stable_func(lessSwap{less, swap}, rv.Len())
}

// SliceIsSorted reports whether the slice x is sorted according to less.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflectlite.ValueOf(x)
	for i := rv.Len() - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
