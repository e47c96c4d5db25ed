// mapsort.go — the order in which maps print: by key, with the rules of
// Go's internal/fmtsort (nil first; numbers and strings by <, NaN first;
// false before true; complex by real then imaginary part; pointers and
// chans by address; structs and arrays element by element; interfaces by
// dynamic type, then value).

package fmt

import "internal/reflectlite"

type mapEntry struct {
	key, value reflectlite.Value
}

// sortedMap returns the entries of map m sorted by key (stably, so that
// keys that compare equal, NaNs, keep the iteration order).
func sortedMap(m reflectlite.Value) []mapEntry {
	if m.Type().Kind() != reflectlite.Map {
		return nil
	}
	n := m.Len()
	entries := make([]mapEntry, 0, n)
	// a MapIter variable rather than m.MapRange(): it stays on the stack
	// even when the compiler does not inline MapRange
	var it reflectlite.MapIter
	it.Reset(m)
	for it.Next() {
		entries = append(entries, mapEntry{it.Key(), it.Value()})
	}
	stableSortEntries(entries)
	return entries
}

func compareInts(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func compareUints(a, b uint64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// compareFloats orders NaN before everything and equal to NaN.
func compareFloats(a, b float64) int {
	aNaN, bNaN := a != a, b != b
	switch {
	case aNaN && bNaN:
		return 0
	case aNaN:
		return -1
	case bNaN:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareStrings(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// compareKeys returns -1, 0 or 1 as a sorts before, with or after b; values
// of different types give -1.
func compareKeys(a, b reflectlite.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		return compareInts(a.Int(), b.Int())
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32,
		reflectlite.Uint64, reflectlite.Uintptr:
		return compareUints(a.Uint(), b.Uint())
	case reflectlite.String:
		return compareStrings(a.String(), b.String())
	case reflectlite.Float32, reflectlite.Float64:
		return compareFloats(a.Float(), b.Float())
	case reflectlite.Complex64, reflectlite.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := compareFloats(real(x), real(y)); c != 0 {
			return c
		}
		return compareFloats(imag(x), imag(y))
	case reflectlite.Bool:
		x, y := a.Bool(), b.Bool()
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case reflectlite.Pointer, reflectlite.UnsafePointer:
		return compareUints(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflectlite.Chan:
		if c, ok := compareNil(a, b); ok {
			return c
		}
		return compareUints(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflectlite.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		if c, ok := compareNil(a, b); ok {
			return c
		}
		// by the address of the type descriptor first
		c := compareKeys(reflectlite.ValueOf(a.Elem().Type()), reflectlite.ValueOf(b.Elem().Type()))
		if c != 0 {
			return c
		}
		return compareKeys(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + a.Type().String())
}

// compareNil orders nil first; ok is false when neither value is nil.
func compareNil(a, b reflectlite.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}

// stableSortEntries sorts by key without allocating: insertion sort of
// blocks of 20, then in-place merges of ever larger runs (the symmetric
// merge of Kim and Kutzner, which rotates instead of buffering).
func stableSortEntries(e []mapEntry) {
	const block = 20
	n := len(e)
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSortEntries(e, lo, hi)
	}
	for run := block; run < n; run *= 2 {
		for lo := 0; lo+run < n; lo += 2 * run {
			hi := lo + 2*run
			if hi > n {
				hi = n
			}
			mergeEntries(e, lo, lo+run, hi)
		}
	}
}

func entryLess(e []mapEntry, i, j int) bool {
	return compareKeys(e[i].key, e[j].key) < 0
}

func insertionSortEntries(e []mapEntry, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && entryLess(e, j, j-1); j-- {
			e[j], e[j-1] = e[j-1], e[j]
		}
	}
}

// mergeEntries merges the sorted runs e[lo:mid] and e[mid:hi] in place.
func mergeEntries(e []mapEntry, lo, mid, hi int) {
	if lo >= mid || mid >= hi {
		return
	}
	if mid-lo == 1 {
		// one element on the left: it goes before the first element of
		// the right run that is not less than it
		k := mid
		for k < hi && entryLess(e, k, lo) {
			k++
		}
		for i := lo; i < k-1; i++ {
			e[i], e[i+1] = e[i+1], e[i]
		}
		return
	}
	if hi-mid == 1 {
		// one element on the right: it goes before the first element
		// of the left run that is greater than it
		k := mid
		for k > lo && entryLess(e, mid, k-1) {
			k--
		}
		for i := mid; i > k; i-- {
			e[i], e[i-1] = e[i-1], e[i]
		}
		return
	}
	// Split both runs so that the left part of one and the right part of
	// the other trade places, found by binary search around the centre.
	half := lo + (hi-lo)/2
	sum := half + mid
	var start, r int
	if mid > half {
		start, r = sum-hi, half
	} else {
		start, r = lo, mid
	}
	last := sum - 1
	for start < r {
		c := start + (r-start)/2
		if !entryLess(e, last-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	stop := sum - start
	if start < mid && mid < stop {
		rotateEntries(e, start, mid, stop)
	}
	if lo < start && start < half {
		mergeEntries(e, lo, start, half)
	}
	if half < stop && stop < hi {
		mergeEntries(e, half, stop, hi)
	}
}

// rotateEntries turns e[lo:mid] e[mid:hi] into e[mid:hi] e[lo:mid].
func rotateEntries(e []mapEntry, lo, mid, hi int) {
	reverseEntries(e, lo, mid)
	reverseEntries(e, mid, hi)
	reverseEntries(e, lo, hi)
}

func reverseEntries(e []mapEntry, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		e[i], e[j] = e[j], e[i]
	}
}
