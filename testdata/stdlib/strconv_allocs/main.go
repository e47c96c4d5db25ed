// Package main prints the allocations per call (testing.AllocsPerRun) of
// package strconv's functions, for results that escape and that do not.
package main

import (
	"fmt"
	"strconv"
	"testing"
)

var (
	sink  string
	bsink []byte
	esink error
)

func allocs(name string, f func()) { fmt.Printf("%-34s %v\n", name, testing.AllocsPerRun(200, f)) }

func main() {
	buf := make([]byte, 0, 64)
	for _, i := range []int{0, 7, 9, 10, 99, 100, 12345, -1, -99, 1 << 40} {
		i := i
		allocs(fmt.Sprint("Itoa(", i, ")"), func() { sink = strconv.Itoa(i) })
		allocs(fmt.Sprint("Itoa(", i, ")/local"), func() { _ = len(strconv.Itoa(i)) })
		allocs(fmt.Sprint("FormatInt(", i, ",16)"), func() { sink = strconv.FormatInt(int64(i), 16) })
		allocs(fmt.Sprint("FormatUint(", i, ",10)"), func() { sink = strconv.FormatUint(uint64(i), 10) })
		allocs(fmt.Sprint("AppendInt(", i, ")"), func() { bsink = strconv.AppendInt(buf[:0], int64(i), 10) })
	}
	allocs("AppendInt/nil", func() { bsink = strconv.AppendInt(nil, 123456, 10) })
	allocs("AppendUint/base2", func() { bsink = strconv.AppendUint(buf[:0], 1<<40, 2) })
	for _, f := range []float64{0, 1, 1.5, 3.14159, 1e21, 1e-7, 123456789.125, 1.0 / 3} {
		f := f
		for _, c := range []byte{'e', 'f', 'g', 'b', 'x'} {
			for _, p := range []int{-1, 2, 6, 17, 30, 100} {
				c, p := c, p
				allocs(fmt.Sprintf("FormatFloat(%v,%c,%d)", f, c, p), func() { sink = strconv.FormatFloat(f, c, p, 64) })
			}
		}
		allocs(fmt.Sprintf("FormatFloat(%v)/32", f), func() { sink = strconv.FormatFloat(f, 'g', -1, 32) })
		allocs(fmt.Sprintf("FormatFloat(%v)/local", f), func() { _ = len(strconv.FormatFloat(f, 'g', -1, 64)) })
		allocs(fmt.Sprintf("AppendFloat(%v)", f), func() { bsink = strconv.AppendFloat(buf[:0], f, 'e', 10, 64) })
		allocs(fmt.Sprintf("AppendFloat(%v)/nil", f), func() { bsink = strconv.AppendFloat(nil, f, 'f', -1, 64) })
	}
	for _, s := range []string{"", "abc", "hello, world", "héllo\n\t\x00\xff", "a long string that does not fit in a small buffer at all"} {
		s := s
		allocs(fmt.Sprintf("Quote(%q)", s), func() { sink = strconv.Quote(s) })
		allocs(fmt.Sprintf("Quote(%q)/local", s), func() { _ = len(strconv.Quote(s)) })
		allocs(fmt.Sprintf("QuoteToASCII(%q)", s), func() { sink = strconv.QuoteToASCII(s) })
		allocs(fmt.Sprintf("QuoteToGraphic(%q)", s), func() { sink = strconv.QuoteToGraphic(s) })
		allocs(fmt.Sprintf("AppendQuote(%q)", s), func() { bsink = strconv.AppendQuote(buf[:0], s) })
		allocs(fmt.Sprintf("AppendQuote(%q)/nil", s), func() { bsink = strconv.AppendQuote(nil, s) })
		q := strconv.Quote(s)
		allocs(fmt.Sprintf("Unquote(%q)", q), func() { sink, esink = strconv.Unquote(q) })
		allocs(fmt.Sprintf("CanBackquote(%q)", s), func() { _ = strconv.CanBackquote(s) })
	}
	for _, q := range []string{`"abc"`, "`raw`", "`a\rb`", `'x'`, `"\n"`, `"\u263a and more text here"`, `"bad`} {
		q := q
		allocs(fmt.Sprintf("Unquote(%s)", q), func() { sink, esink = strconv.Unquote(q) })
	}
	for _, r := range []rune{'a', '\n', '☺', 0x10FFFF, -1} {
		r := r
		allocs(fmt.Sprintf("QuoteRune(%U)", r), func() { sink = strconv.QuoteRune(r) })
		allocs(fmt.Sprintf("QuoteRuneToASCII(%U)", r), func() { sink = strconv.QuoteRuneToASCII(r) })
		allocs(fmt.Sprintf("AppendQuoteRune(%U)", r), func() { bsink = strconv.AppendQuoteRune(buf[:0], r) })
	}
	for _, s := range []string{"0", "123", "-123456789", "99999999999999999999", "12a", "", "0x1f", "1_000"} {
		s := s
		allocs(fmt.Sprintf("Atoi(%q)", s), func() { _, esink = strconv.Atoi(s) })
		allocs(fmt.Sprintf("ParseInt(%q,0,64)", s), func() { _, esink = strconv.ParseInt(s, 0, 64) })
		allocs(fmt.Sprintf("ParseUint(%q,10,8)", s), func() { _, esink = strconv.ParseUint(s, 10, 8) })
		allocs(fmt.Sprintf("ParseInt(%q,1,64)", s), func() { _, esink = strconv.ParseInt(s, 1, 64) })
		allocs(fmt.Sprintf("ParseInt(%q,10,65)", s), func() { _, esink = strconv.ParseInt(s, 10, 65) })
	}
	for _, s := range []string{"1.5", "3.14159265358979", "1e400", "abc", "0x1p-2", "inf", "1234567890123456789012345", "1e-400"} {
		s := s
		allocs(fmt.Sprintf("ParseFloat(%q)", s), func() { _, esink = strconv.ParseFloat(s, 64) })
		allocs(fmt.Sprintf("ParseFloat(%q)/32", s), func() { _, esink = strconv.ParseFloat(s, 32) })
	}
	b := []byte("12345")
	allocs("Atoi(string(bytes))", func() { _, esink = strconv.Atoi(string(b)) })
	allocs("ParseFloat(string(bytes))", func() { _, esink = strconv.ParseFloat(string(b), 64) })
	allocs("ParseBool", func() { _, esink = strconv.ParseBool("true") })
	allocs("ParseBool/bad", func() { _, esink = strconv.ParseBool("maybe") })
	allocs("FormatBool", func() { sink = strconv.FormatBool(true) })
	allocs("AppendBool", func() { bsink = strconv.AppendBool(buf[:0], false) })
	_, err := strconv.Atoi("12a")
	allocs("NumError.Error", func() { sink = err.Error() })
	allocs("FormatComplex", func() { sink = strconv.FormatComplex(1+2i, 'g', -1, 128) })
	allocs("ParseComplex", func() { _, esink = strconv.ParseComplex("1+2i", 128) })
	allocs("IsPrint", func() { _ = strconv.IsPrint('☺') })
}
