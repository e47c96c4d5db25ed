package sort

// Search returns the smallest index i in [0, n) at which f(i) is true,
// assuming f is false then true over the range (n if it is never true).
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if !f(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0
// (n if none), and whether cmp(i) == 0 there; cmp must be positive, then
// zero, then negative over the range.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(mid) > 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// SearchInts returns the index at which x is, or would be inserted, in the
// sorted slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Search returns SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Search returns SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// Search returns SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
