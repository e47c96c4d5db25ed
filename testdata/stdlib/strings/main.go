// Package main checks package strings: every function over a corpus of
// strings (ASCII, Unicode, invalid UTF-8, long and repetitive ones) and
// separators, the Builder and Reader, and the allocation counts of the
// functions that allocate.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

var hash uint64 = 14695981039346656037
var count int

func put(name string, vals ...any) {
	s := fmt.Sprintf("%s %q", name, vals)
	count++
	for i := 0; i < len(s); i++ {
		hash ^= uint64(s[i])
		hash *= 1099511628211
	}
	if verbose {
		fmt.Println(s)
	}
}

func corpus() []string {
	cs := []string{"", " ", "a", "ab", "abc", "aaa", "aaaa", "abcabcabc", "hello, world", "  lead", "trail  ", "  both  ",
		"\t\n\v\f\r x \r\n", "a b  c   d", "héllo wörld", "日本語", "日本語日本", "\xff", "a\xffb\xfe", "\xed\xa0\x80",
		"ÀÉÎÕÜ àéîõü", "ǅǈǋ", "ß", "ẞ", "ΣΑΣ σας", "İstanbul ıi", "K\u212a", "\u0085x\u00a0", "\u2000\u3000 x\u2028",
		"-----", "00000", "=====", "\t\t", "x,y,,z,", ",", ",,", "a,b", "1_000_000", "AbCdEfGhIjKlMnOp",
		"The quick brown fox jumps over the lazy dog", "ababababababababababababababababababab",
		strings.Repeat("ab", 40) + "c", strings.Repeat("xyz ", 30), "\u00ad\u200b", "\U0001F600 emoji \U0001F601"}
	r := &rng{77}
	pieces := []string{"a", "b", "ab", " ", ",", "é", "日", "\xff", "A", "Z", "\t", "-", "aa"}
	for i := 0; i < 150; i++ {
		n := int(r.next() % 12)
		s := ""
		for j := 0; j < n; j++ {
			s += pieces[r.next()%uint64(len(pieces))]
		}
		cs = append(cs, s)
	}
	return cs
}

var seps = []string{"", "a", "b", "ab", "ba", "aa", " ", ",", "é", "日本", "\xff", "abc", "xyz", "the", "ababab", "  "}

func main() {
	cs := corpus()
	for _, s := range cs {
		for _, t := range seps {
			put("Contains", s, t, strings.Contains(s, t), strings.ContainsAny(s, t), strings.Index(s, t), strings.LastIndex(s, t),
				strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.Count(s, t), strings.HasPrefix(s, t), strings.HasSuffix(s, t))
			put("Split", strings.Split(s, t), strings.SplitAfter(s, t), strings.SplitN(s, t, 2), strings.SplitN(s, t, 0),
				strings.SplitN(s, t, -1), strings.SplitAfterN(s, t, 3), strings.SplitN(s, t, 1))
			b, a, f := strings.Cut(s, t)
			ap, fp := strings.CutPrefix(s, t)
			bs, fs := strings.CutSuffix(s, t)
			put("Cut", b, a, f, ap, fp, bs, fs, strings.TrimPrefix(s, t), strings.TrimSuffix(s, t))
			put("Trim", strings.Trim(s, t), strings.TrimLeft(s, t), strings.TrimRight(s, t))
			put("Replace", strings.Replace(s, t, "<>", -1), strings.Replace(s, t, "", 2), strings.ReplaceAll(s, t, "é"),
				strings.Replace(s, t, t, -1), strings.Replace(s, t, "x", 0))
			put("EqualFold", strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(strings.ToLower(s), strings.ToTitle(s)),
				strings.Compare(s, t), strings.Compare(t, s))
			if len(t) > 0 {
				for _, c := range t {
					put("Rune", strings.IndexRune(s, c), strings.ContainsRune(s, c))
				}
				put("Byte", strings.IndexByte(s, t[0]), strings.LastIndexByte(s, t[0]))
			}
		}
		for _, c := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000, 0xD800, '\U0001F600'} {
			put("IndexRune", s, c, strings.IndexRune(s, c), strings.ContainsRune(s, c))
		}
		put("Fields", s, strings.Fields(s), strings.FieldsFunc(s, unicode.IsPunct), strings.FieldsFunc(s, func(r rune) bool { return r == 'a' }))
		put("Case", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s),
			strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.AzeriCase, s))
		put("Space", strings.TrimSpace(s), strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsSpace),
			strings.TrimRightFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLower),
			strings.ContainsFunc(s, unicode.IsDigit))
		put("Map", strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == 'b' {
				return 'é'
			}
			return r
		}, s), strings.Map(func(r rune) rune { return r }, s), strings.Map(func(r rune) rune { return unicode.MaxRune + 1 }, s))
		put("Valid", strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""), strings.ToValidUTF8(s, "\uFFFD"))
		put("Repeat", strings.Repeat(s, 0), strings.Repeat(s, 1), strings.Repeat(s, 3), len(strings.Repeat(s, 1000)), strings.Clone(s))
		put("Join", strings.Join(strings.Fields(s), "+"), strings.Join(nil, ","), strings.Join([]string{s}, ","), strings.Join([]string{s, s, ""}, "--"))
	}
	for _, s := range []string{" ", "-", "0", "=", "\t", "ab", " -"} {
		for _, n := range []int{1, 2, 63, 64, 65, 127, 128, 129, 3000, 9000} {
			r := strings.Repeat(s, n)
			put("Repeat", s, n, len(r), r[:min(len(r), 5)], strings.Count(r, s))
		}
	}
	func() {
		defer func() { put("Repeat panic", fmt.Sprint(recover())) }()
		strings.Repeat("x", -1)
	}()
	func() {
		defer func() { put("Repeat overflow", fmt.Sprint(recover())) }()
		strings.Repeat("xx", 1<<62)
	}()

	// Builder
	var b strings.Builder
	put("Builder", b.Len(), b.Cap(), b.String())
	caps := []int{}
	for i := 0; i < 200; i++ {
		b.WriteByte('x')
		caps = append(caps, b.Cap())
	}
	put("Builder.caps", caps)
	caps = caps[:0]
	b.Reset()
	for i := 0; i < 50; i++ {
		b.WriteString("hello, ")
		b.WriteRune('世')
		b.WriteRune(-1)
		b.Write([]byte("!"))
		caps = append(caps, b.Cap())
	}
	put("Builder.caps2", caps, b.Len(), b.String()[:30])
	var g strings.Builder
	for _, n := range []int{0, 1, 5, 9, 17, 100, 0, 1000} {
		g.Grow(n)
		put("Builder.Grow", n, g.Len(), g.Cap())
		g.WriteString("abc")
	}
	func() {
		defer func() { put("Builder.Grow panic", fmt.Sprint(recover())) }()
		g.Grow(-1)
	}()
	func() {
		defer func() { put("Builder copy panic", fmt.Sprint(recover())) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()
	n, err := b.WriteString("abc")
	put("Builder.WriteString", n, err)

	// Reader
	rd := strings.NewReader("héllo, 世界!")
	buf := make([]byte, 3)
	for {
		n, err := rd.Read(buf)
		put("Reader.Read", n, err, string(buf[:n]), rd.Len(), rd.Size())
		if err != nil {
			break
		}
	}
	rd.Reset("abc日本")
	for {
		r, size, err := rd.ReadRune()
		put("Reader.ReadRune", r, size, err)
		if err != nil {
			break
		}
	}
	put("Reader.UnreadRune", fmt.Sprint(rd.UnreadRune()), fmt.Sprint(rd.UnreadByte()))
	r2, _, _ := rd.ReadRune()
	put("Reader.Unread2", r2, fmt.Sprint(rd.UnreadRune()), fmt.Sprint(rd.UnreadRune()))
	for _, sk := range [][2]int64{{0, 0}, {2, 0}, {1, 1}, {-1, 2}, {-100, 1}, {3, 7}, {100, 0}} {
		pos, err := rd.Seek(sk[0], int(sk[1]))
		c, err2 := rd.ReadByte()
		put("Reader.Seek", sk, pos, fmt.Sprint(err), c, fmt.Sprint(err2))
	}
	for _, off := range []int64{-1, 0, 2, 8, 9, 100} {
		n, err := rd.ReadAt(buf, off)
		put("Reader.ReadAt", off, n, fmt.Sprint(err), string(buf[:n]))
	}
	rd.Reset("0123456789")
	rd.Seek(3, io.SeekStart)
	var sb strings.Builder
	wn, werr := rd.WriteTo(&sb)
	put("Reader.WriteTo", wn, werr, sb.String(), rd.Len())
	var zr strings.Reader
	zn, zerr := zr.Read(buf)
	put("Reader.zero", zn, fmt.Sprint(zerr), fmt.Sprint(zr.UnreadByte()), fmt.Sprint(zr.UnreadRune()))
	bb, be := rd.ReadByte()
	put("Reader.eof", bb, fmt.Sprint(be), fmt.Sprint(rd.UnreadByte()))

	fmt.Printf("strings: %d results, hash %016x\n", count, hash)

	// Allocations.
	long := strings.Repeat("word ", 100)
	medium := "a,b,c,d,e,f,g,h"
	fields40 := strings.Repeat("x ", 40)
	var sink string
	var sinks []string
	allocs := func(name string, f func()) { fmt.Printf("%-28s %v\n", name, testing.AllocsPerRun(100, f)) }
	allocs("Split/small", func() { sinks = strings.Split(medium, ",") })
	allocs("Split/long", func() { sinks = strings.Split(long, " ") })
	allocs("SplitN", func() { sinks = strings.SplitN(medium, ",", 3) })
	allocs("Split/empty", func() { sinks = strings.Split("héllo", "") })
	allocs("Fields/small", func() { sinks = strings.Fields(medium + " x y") })
	allocs("Fields/40", func() { sinks = strings.Fields(fields40) })
	allocs("FieldsFunc/10", func() { sinks = strings.FieldsFunc(medium, unicode.IsPunct) })
	allocs("FieldsFunc/40", func() { sinks = strings.FieldsFunc(fields40+"é", unicode.IsSpace) })
	allocs("Fields/unicode", func() { sinks = strings.Fields("a\u00a0b c") })
	allocs("Join/2", func() { sink = strings.Join([]string{"ab", "cd"}, ",") })
	allocs("Join/many", func() { sink = strings.Join(sinks, "--") })
	allocs("Join/1", func() { sink = strings.Join([]string{"ab"}, ",") })
	allocs("Repeat/small", func() { sink = strings.Repeat("ab", 3) })
	allocs("Repeat/spaces", func() { sink = strings.Repeat(" ", 100) })
	allocs("Repeat/big", func() { sink = strings.Repeat("abc", 5000) })
	allocs("Replace", func() { sink = strings.Replace(long, "word", "w", -1) })
	allocs("Replace/none", func() { sink = strings.Replace(long, "zzz", "w", -1) })
	allocs("ReplaceAll/empty", func() { sink = strings.ReplaceAll("abc", "", "-") })
	allocs("ToUpper/ascii", func() { sink = strings.ToUpper(long) })
	allocs("ToUpper/noop", func() { sink = strings.ToUpper("ABC") })
	allocs("ToUpper/unicode", func() { sink = strings.ToUpper("héllo") })
	allocs("ToLower/ascii", func() { sink = strings.ToLower("HELLO World") })
	allocs("Title", func() { sink = strings.Title("hello world") })
	allocs("Map/noop", func() { sink = strings.Map(func(r rune) rune { return r }, long) })
	allocs("Map", func() { sink = strings.Map(unicode.ToUpper, "abc") })
	allocs("ToValidUTF8", func() { sink = strings.ToValidUTF8("a\xffb", "?") })
	allocs("Clone", func() { sink = strings.Clone(long) })
	allocs("Index", func() { _ = strings.Index(long, "wordx") })
	allocs("IndexRune", func() { _ = strings.IndexRune(long, '世') })
	allocs("EqualFold", func() { _ = strings.EqualFold("Héllo", "hÉLLO") })
	allocs("Trim", func() { sink = strings.Trim("  x  ", " ") })
	allocs("TrimSpace", func() { sink = strings.TrimSpace("\u00a0 x \u3000") })
	allocs("Builder/10", func() {
		var b strings.Builder
		for i := 0; i < 10; i++ {
			b.WriteString("abc")
		}
		sink = b.String()
	})
	allocs("Builder/Grow", func() {
		var b strings.Builder
		b.Grow(64)
		for i := 0; i < 10; i++ {
			b.WriteString("abcdef")
		}
		sink = b.String()
	})
	allocs("Builder/local", func() {
		var b strings.Builder
		b.WriteString("abc")
		_ = b.Len()
	})
	allocs("NewReader", func() {
		r := strings.NewReader("abc")
		r.ReadByte()
	})
	_ = sink
}

// Replacers, of the four kinds Go distinguishes.
func init() {
	reps := []*strings.Replacer{
		strings.NewReplacer("a", "1", "b", "2", "a", "3"),                  // bytes to bytes
		strings.NewReplacer("a", "AA", "b", "", "é", "e"),                  // generic (é is 2 bytes)
		strings.NewReplacer("a", "AA", "b", "", "c", "C"),                  // bytes to strings
		strings.NewReplacer("ab", "X"),                                     // one string
		strings.NewReplacer("aaa", "3", "aa", "2", "a", "1"),               // priorities
		strings.NewReplacer("", "-"),                                       // empty old
		strings.NewReplacer("a", "x", "", "-"),                             // empty and not
		strings.NewReplacer("hello", "bye", "he", "HE", "l", "L", "", "_"), // generic with prefixes
		strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;"),
		strings.NewReplacer(),
		strings.NewReplacer("abab", "X", "ab", "Y"),
	}
	for i, r := range reps {
		for _, s := range append(corpus(), "<a href='x'>\"hi\" & bye</a>", "hello hello help", "aaaaaaa") {
			var b strings.Builder
			n, err := r.WriteString(&b, s)
			put("Replacer", i, s, r.Replace(s), b.String(), n, err)
		}
	}
	func() {
		defer func() { put("NewReplacer panic", fmt.Sprint(recover())) }()
		strings.NewReplacer("odd")
	}()
	s := strings.Repeat("a<b>&c", 20)
	for i, r := range reps {
		r := r
		fmt.Printf("Replacer[%d] allocs %v\n", i, testing.AllocsPerRun(100, func() { _ = r.Replace(s) }))
	}
	fmt.Printf("NewReplacer+Replace allocs %v\n", testing.AllocsPerRun(100, func() { _ = strings.NewReplacer("ab", "X").Replace(s) }))
	fmt.Printf("NewReplacer+Replace allocs %v\n", testing.AllocsPerRun(100, func() { _ = strings.NewReplacer("a", "X", "b", "Y").Replace(s) }))
	fmt.Printf("NewReplacer+Replace allocs %v\n", testing.AllocsPerRun(100, func() { _ = strings.NewReplacer("a", "X", "bb", "Y").Replace(s) }))
}
