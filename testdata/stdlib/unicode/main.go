// Package main checks package unicode on every code point (and some
// invalid ones): the predicates, case mappings, SimpleFold and the tables
// by name.  It prints a hash per function (with -v: every difference-prone
// value).
package main

import (
	"fmt"
	"os"
	"sort"
	"unicode"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

type hasher struct {
	name string
	n    int
	h    uint64
}

func newHasher(name string) *hasher { return &hasher{name: name, h: 14695981039346656037} }

func (h *hasher) add(r rune, v int64) {
	h.n++
	x := uint64(v)<<21 ^ uint64(uint32(r))
	for i := 0; i < 8; i++ {
		h.h ^= x & 0xff
		h.h *= 1099511628211
		x >>= 8
	}
	if verbose {
		fmt.Printf("%s %U %d\n", h.name, r, v)
	}
}

func (h *hasher) done() { fmt.Printf("%-16s %8d %016x\n", h.name, h.n, h.h) }

func b(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

func runes() []rune {
	rs := []rune{-1, -2, -0x80000000, 0x110000, 0x110001, 0x7fffffff}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		rs = append(rs, r)
	}
	return rs
}

func check(name string, f func(rune) int64) {
	h := newHasher(name)
	for _, r := range runes() {
		h.add(r, f(r))
	}
	h.done()
}

func names(m map[string]*unicode.RangeTable) []string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	sort.Strings(k)
	return k
}

func main() {
	check("IsLetter", func(r rune) int64 { return b(unicode.IsLetter(r)) })
	check("IsDigit", func(r rune) int64 { return b(unicode.IsDigit(r)) })
	check("IsNumber", func(r rune) int64 { return b(unicode.IsNumber(r)) })
	check("IsSpace", func(r rune) int64 { return b(unicode.IsSpace(r)) })
	check("IsUpper", func(r rune) int64 { return b(unicode.IsUpper(r)) })
	check("IsLower", func(r rune) int64 { return b(unicode.IsLower(r)) })
	check("IsTitle", func(r rune) int64 { return b(unicode.IsTitle(r)) })
	check("IsPunct", func(r rune) int64 { return b(unicode.IsPunct(r)) })
	check("IsPrint", func(r rune) int64 { return b(unicode.IsPrint(r)) })
	check("IsGraphic", func(r rune) int64 { return b(unicode.IsGraphic(r)) })
	check("IsControl", func(r rune) int64 { return b(unicode.IsControl(r)) })
	check("IsMark", func(r rune) int64 { return b(unicode.IsMark(r)) })
	check("IsSymbol", func(r rune) int64 { return b(unicode.IsSymbol(r)) })
	check("ToUpper", func(r rune) int64 { return int64(unicode.ToUpper(r)) })
	check("ToLower", func(r rune) int64 { return int64(unicode.ToLower(r)) })
	check("ToTitle", func(r rune) int64 { return int64(unicode.ToTitle(r)) })
	check("To(-1)", func(r rune) int64 { return int64(unicode.To(-1, r)) })
	check("SimpleFold", func(r rune) int64 { return int64(unicode.SimpleFold(r)) })
	check("Turkish", func(r rune) int64 {
		return int64(unicode.TurkishCase.ToUpper(r))<<42 ^ int64(unicode.TurkishCase.ToLower(r))<<21 ^ int64(unicode.AzeriCase.ToTitle(r))
	})
	check("In(Han,Latin)", func(r rune) int64 { return b(unicode.In(r, unicode.Han, unicode.Latin)) })
	check("IsOneOf", func(r rune) int64 { return b(unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Nd}, r)) })
	for _, set := range []struct {
		what string
		m    map[string]*unicode.RangeTable
	}{{"cat", unicode.Categories}, {"script", unicode.Scripts}, {"prop", unicode.Properties},
		{"foldcat", unicode.FoldCategory}, {"foldscript", unicode.FoldScript}} {
		for _, n := range names(set.m) {
			t := set.m[n]
			check(set.what+":"+n, func(r rune) int64 { return b(unicode.Is(t, r)) })
		}
	}
	fmt.Println(unicode.Version, len(unicode.CaseRanges), len(unicode.CategoryAliases), unicode.CategoryAliases["Letter"])
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.Space == unicode.Z)
	fmt.Println(unicode.Is(unicode.White_Space, '\u3000'), unicode.Is(unicode.STerm, '.'), unicode.Sentence_Terminal == unicode.STerm)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	// A user table.
	t := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 2}}, R32: []unicode.Range32{{0x10000, 0x10010, 4}}}
	for _, r := range []rune{'a', 'b', 'c', 'y', 'z', 0x10000, 0x10004, 0x10005, 0x10010, 0x10011} {
		fmt.Print(unicode.Is(t, r), " ")
	}
	fmt.Println()
}
