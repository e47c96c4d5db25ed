// Package main checks package sort: the exact resulting order (equal keys
// included) and the numbers of Less and Swap calls of Sort, Stable, Slice
// and SliceStable on many inputs, the slice helpers, searching, and
// allocation counts.
package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"testing"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

type item struct{ key, id int }

// counted sorts items by key, counting calls.
type counted struct {
	xs          []item
	less, swaps int
}

func (c *counted) Len() int { return len(c.xs) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.xs[i].key < c.xs[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.xs[i], c.xs[j] = c.xs[j], c.xs[i]
}

var hash uint64 = 14695981039346656037

func mix(v uint64) {
	for i := 0; i < 8; i++ {
		hash ^= v & 0xff
		hash *= 1099511628211
		v >>= 8
	}
}

func mixItems(xs []item) {
	for _, x := range xs {
		mix(uint64(x.key)<<32 | uint64(x.id))
	}
}

func gen(r *rng, n, kind int) []item {
	xs := make([]item, n)
	for i := range xs {
		var k int
		switch kind {
		case 0: // random, many ties
			k = int(r.next() % uint64(n/4+1))
		case 1: // sorted
			k = i
		case 2: // reversed
			k = n - i
		case 3: // sorted with a few swaps
			k = i
			if r.next()%20 == 0 {
				k = int(r.next() % uint64(n+1))
			}
		case 4: // organ pipe
			k = i
			if i > n/2 {
				k = n - i
			}
		case 5: // all equal
			k = 7
		case 6: // random, distinct-ish
			k = int(r.next() % 1000000)
		case 7: // sawtooth
			k = i % 17
		}
		xs[i] = item{k, i}
	}
	return xs
}

func main() {
	r := &rng{5}
	sizes := []int{0, 1, 2, 3, 5, 8, 12, 13, 20, 21, 40, 49, 50, 51, 63, 64, 100, 128, 257, 1000, 4096, 10000}
	for _, n := range sizes {
		for kind := 0; kind < 8; kind++ {
			base := gen(r, n, kind)
			c := &counted{xs: append([]item(nil), base...)}
			sort.Sort(c)
			mixItems(c.xs)
			mix(uint64(c.less)<<32 | uint64(c.swaps))
			sorted := sort.IsSorted(c)
			c2 := &counted{xs: append([]item(nil), base...)}
			sort.Stable(c2)
			mixItems(c2.xs)
			mix(uint64(c2.less)<<32 | uint64(c2.swaps))
			c3 := &counted{xs: append([]item(nil), base...)}
			sort.Sort(sort.Reverse(c3))
			mixItems(c3.xs)
			mix(uint64(c3.less)<<32 | uint64(c3.swaps))

			s := append([]item(nil), base...)
			nl := 0
			sort.Slice(s, func(i, j int) bool { nl++; return s[i].key < s[j].key })
			mixItems(s)
			mix(uint64(nl))
			s2 := append([]item(nil), base...)
			nl = 0
			sort.SliceStable(s2, func(i, j int) bool { nl++; return s2[i].key < s2[j].key })
			mixItems(s2)
			mix(uint64(nl))
			ok := sort.SliceIsSorted(s2, func(i, j int) bool { return s2[i].key < s2[j].key })

			ints := make([]int, n)
			strs := make([]string, n)
			fl := make([]float64, n)
			for i, x := range base {
				ints[i] = x.key
				strs[i] = fmt.Sprint(x.key % 97)
				fl[i] = float64(x.key%13) - 6
				if x.id%11 == 0 {
					fl[i] = math.Copysign(0, float64(x.id%2)-0.5)
				}
				if x.id%29 == 0 {
					fl[i] = math.Float64frombits(0x7FF8000000000000 | uint64(x.id))
				}
			}
			sort.Ints(ints)
			sort.Strings(strs)
			sort.Float64s(fl)
			for i := range ints {
				mix(uint64(ints[i]))
				mix(uint64(len(strs[i])))
				mix(math.Float64bits(fl[i]))
			}
			if verbose {
				fmt.Println(n, kind, c.less, c.swaps, c2.less, c2.swaps, fl)
			}
			fmt.Printf("n=%d kind=%d less=%d swaps=%d stable=%d/%d sorted=%v %v %v %v %v\n", n, kind, c.less, c.swaps, c2.less, c2.swaps,
				sorted, ok, sort.IntsAreSorted(ints), sort.StringsAreSorted(strs), sort.Float64sAreSorted(fl))
		}
	}
	fmt.Printf("hash %016x\n", hash)

	a := []int{1, 3, 3, 5, 8, 13}
	for _, x := range []int{0, 1, 3, 4, 13, 14} {
		fmt.Print(sort.SearchInts(a, x), sort.IntSlice(a).Search(x), " ")
	}
	fmt.Println()
	fs := []float64{-1, 0, 0.5, 2}
	ss := []string{"a", "b", "bb", "c"}
	fmt.Println(sort.SearchFloat64s(fs, 0.5), sort.SearchFloat64s(fs, 3), sort.Float64Slice(fs).Search(-2),
		sort.SearchStrings(ss, "b"), sort.SearchStrings(ss, "ba"), sort.StringSlice(ss).Search("d"))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fmt.Println(sort.Find(len(ss), func(i int) int {
		switch {
		case "bb" < ss[i]:
			return -1
		case "bb" > ss[i]:
			return 1
		}
		return 0
	}))
	x := sort.Float64Slice{3, math.NaN(), 1, math.Inf(-1)}
	x.Sort()
	fmt.Println(x, sort.IsSorted(x))
	y := sort.StringSlice{"b", "a"}
	y.Sort()
	z := sort.IntSlice{3, 1, 2}
	z.Sort()
	fmt.Println(y, z)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()

	ints := make([]int, 100)
	strs := make([]string, 100)
	flts := make([]float64, 100)
	fmt.Println("Ints", testing.AllocsPerRun(50, func() { sort.Ints(ints) }))
	fmt.Println("Strings", testing.AllocsPerRun(50, func() { sort.Strings(strs) }))
	fmt.Println("Float64s", testing.AllocsPerRun(50, func() { sort.Float64s(flts) }))
	fmt.Println("IntsAreSorted", testing.AllocsPerRun(50, func() { sort.IntsAreSorted(ints) }))
	c := &counted{xs: gen(r, 100, 0)}
	fmt.Println("Sort", testing.AllocsPerRun(50, func() { sort.Sort(c) }))
	fmt.Println("Stable", testing.AllocsPerRun(50, func() { sort.Stable(c) }))
	s := make([]int, 100)
	fmt.Println("Slice", testing.AllocsPerRun(50, func() { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }))
	fmt.Println("SliceStable", testing.AllocsPerRun(50, func() { sort.SliceStable(s, func(i, j int) bool { return s[i] < s[j] }) }))
	fmt.Println("SearchInts", testing.AllocsPerRun(50, func() { sort.SearchInts(ints, 5) }))
	fmt.Println("Search", testing.AllocsPerRun(50, func() { sort.Search(100, func(i int) bool { return i > 5 }) }))
}
