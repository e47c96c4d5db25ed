//go:build ignore

// sort_variants.go writes stdlib/sort/zsort.go: the sorting algorithms of
// package sort (pattern-defeating quicksort for Sort, Slice, Ints, Float64s
// and Strings; insertion sort and SymMerge for Stable and SliceStable) in
// five copies, one per way of reaching the data, since tgo has no type
// parameters:
//
//	(data Interface)        Sort, Stable
//	(data lessSwap)         Slice, SliceStable (suffix _func)
//	(data []int), []float64, []string   Ints, Float64s, Strings
//
// Every copy makes the same comparisons and swaps in the same order as
// Go's, so that unstable sorts leave equal elements where Go leaves them.
// Run from the repository root:  go run scripts/gen/sort_variants.go
package main

import (
	"bytes"
	"go/format"
	"log"
	"os"
	"regexp"
	"strings"
)

// The template is written for (data Interface); the other variants are
// derived by rewriting data.Less, data.Swap and the function names.
const template = `
// insertionSort$ sorts data[a:b] by insertion.
func insertionSort$(data $T, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown$ restores the heap property of data[lo:hi] (offset by first)
// below root lo.
func siftDown$(data $T, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort$ sorts data[a:b] with a heap.
func heapSort$(data $T, a, b int) {
	first, lo, hi := a, 0, b-a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown$(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown$(data, lo, i, first)
	}
}

// pdqsort$ sorts data[a:b] by pattern-defeating quicksort (Orson Peters,
// 2021): insertion sort for short ranges, heapsort when limit bad pivots
// have been seen, pattern breaking after unbalanced partitions.
func pdqsort$(data $T, a, b, limit int) {
	const maxInsertion = 12
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= maxInsertion {
			insertionSort$(data, a, b)
			return
		}
		if limit == 0 {
			heapSort$(data, a, b)
			return
		}
		if !balanced {
			breakPatterns$(data, a, b)
			limit--
		}
		pivot, hint := choosePivot$(data, a, b)
		if hint == decreasingHint {
			reverseRange$(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably sorted already: try to finish with a few shifts.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSort$(data, a, b) {
				return
			}
		}
		// The element before the range is not less than the pivot: the
		// pivot's equals go left and need no further sorting.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual$(data, a, b, pivot)
			continue
		}
		mid, already := partition$(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		threshold := n / 8
		if left < right {
			balanced = left >= threshold
			pdqsort$(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort$(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition$ moves the elements less than data[pivot] before it and the
// others after, and returns its final place and whether nothing had to
// move.
func partition$(data $T, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual$ moves the elements equal to data[pivot] (none is less)
// to the front and returns where the greater ones start.
func partitionEqual$(data $T, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort$ tries to sort a nearly sorted data[a:b] by moving
// at most a few out-of-order elements; it reports whether it did.
func partialInsertionSort$(data $T, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Shift the smaller element left, the larger one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns$ swaps three middle elements with pseudo-random others.
func breakPatterns$(data $T, a, b int) {
	n := b - a
	if n >= 8 {
		random := xorshift(n)
		modulus := nextPowerOfTwo(n)
		for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= n {
				other -= n
			}
			data.Swap(idx, a+other)
		}
	}
}

// choosePivot$ picks a pivot: the median of three, or of three medians
// of three for long ranges; the number of swaps the medians needed hints
// whether the range looks sorted up or down.
func choosePivot$(data $T, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	n := b - a
	swaps := 0
	i, j, k := a+n/4*1, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = medianAdjacent$(data, i, &swaps)
			j = medianAdjacent$(data, j, &swaps)
			k = medianAdjacent$(data, k, &swaps)
		}
		j = median$(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

func order2$(data $T, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median$(data $T, a, b, c int, swaps *int) int {
	a, b = order2$(data, a, b, swaps)
	b, c = order2$(data, b, c, swaps)
	a, b = order2$(data, a, b, swaps)
	return b
}

func medianAdjacent$(data $T, a int, swaps *int) int {
	return median$(data, a-1, a, a+1, swaps)
}

func reverseRange$(data $T, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

func swapRange$(data $T, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// stable$ sorts data[:n] stably: insertion sort on blocks of 20, then
// in-place merges (SymMerge) of blocks of doubling size.
func stable$(data $T, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort$(data, a, b)
		a = b
		b += block
	}
	insertionSort$(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge$(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge$(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge$ merges the sorted data[a:m] and data[m:b] in place (Kim and
// Kutzner, "Stable Minimum Storage Merging by Symmetric Comparisons").
func symMerge$(data $T, a, m, b int) {
	if m-a == 1 {
		// One element on the left: binary search its place, rotate.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate$(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge$(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge$(data, mid, end, b)
	}
}

// rotate$ exchanges the blocks data[a:m] and data[m:b] by block swaps.
func rotate$(data $T, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange$(data, m-i, m, j)
			i -= j
		} else {
			swapRange$(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange$(data, m-i, m, i)
}
`

var (
	lessRE = regexp.MustCompile(`data\.Less\(([^(),]+), ([^(),]+)\)`)
	swapRE = regexp.MustCompile(`data\.Swap\(([^(),]+), ([^(),]+)\)`)
)

func variant(suffix, typ, less, swap string) string {
	s := strings.ReplaceAll(template, "$T", typ)
	s = strings.ReplaceAll(s, "$", suffix)
	if less != "" {
		s = lessRE.ReplaceAllString(s, less)
		s = swapRE.ReplaceAllString(s, swap)
	}
	return s
}

func main() {
	var b bytes.Buffer
	b.WriteString("// Code generated by scripts/gen/sort_variants.go; DO NOT EDIT.\n\npackage sort\n")
	b.WriteString("\n// ---- data Interface ----\n")
	b.WriteString(variant("", "Interface", "", ""))
	b.WriteString("\n// ---- data lessSwap (Slice, SliceStable) ----\n")
	b.WriteString(variant("_func", "lessSwap", "", ""))
	swap := "data[$1], data[$2] = data[$2], data[$1]"
	b.WriteString("\n// ---- data []int ----\n")
	b.WriteString(variant("Ints", "[]int", "(data[$1] < data[$2])", swap))
	b.WriteString("\n// ---- data []float64 (NaNs order first, as cmp.Less does) ----\n")
	b.WriteString(variant("Float64s", "[]float64", "floatLess(data[$1], data[$2])", swap))
	b.WriteString("\n// ---- data []string ----\n")
	b.WriteString(variant("Strings", "[]string", "(data[$1] < data[$2])", swap))
	src, err := format.Source(b.Bytes())
	if err != nil {
		os.WriteFile("/tmp/zsort.bad.go", b.Bytes(), 0o644)
		log.Fatal(err)
	}
	if err := os.WriteFile("stdlib/sort/zsort.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
