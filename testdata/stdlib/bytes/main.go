// Package main checks package bytes: every function over a corpus of byte
// slices (including nil and empty ones), with nil-ness and capacities of
// the results, the Buffer (growth, reads, unreads) and Reader, and the
// allocation counts.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

var hash uint64 = 14695981039346656037
var count int

func d(b []byte) string { return fmt.Sprintf("%q/%v/%d", b, b == nil, cap(b)) }

func ds(bs [][]byte) string {
	s := fmt.Sprintf("n=%d nil=%v cap=%d:", len(bs), bs == nil, cap(bs))
	for _, b := range bs {
		s += d(b) + " "
	}
	return s
}

func put(name string, vals ...any) {
	s := fmt.Sprintf("%s %v", name, vals)
	count++
	for i := 0; i < len(s); i++ {
		hash ^= uint64(s[i])
		hash *= 1099511628211
	}
	if verbose {
		fmt.Println(s)
	}
}

func corpus() [][]byte {
	strs := []string{"a", "ab", "abc", "aaaa", "hello, world", "  both  ", "\t\n x \r\n", "a b  c", "héllo wörld", "日本語",
		"\xff", "a\xffb\xfe", "ÀÉÎ àéî", "ΣΑΣ σας", "İı", "K\u212a", "\u0085x\u00a0", "x,y,,z,", ",", "aXbXc", "Title me please",
		strings.Repeat("ab", 40) + "c", "ababababab", "xxxxxxxxxxxxxxxxxxxx", "\u2000\u3000 x"}
	cs := [][]byte{nil, {}, []byte(" ")}
	for _, s := range strs {
		cs = append(cs, []byte(s))
		big := make([]byte, len(s), len(s)+7) // spare capacity is visible in subslices
		copy(big, s)
		cs = append(cs, big)
	}
	return cs
}

var seps = []string{"", "a", "b", "ab", "aa", " ", ",", "é", "日本", "\xff", "abc", "X", "xyz"}

func main() {
	cs := corpus()
	for _, s := range cs {
		for _, t := range seps {
			tb := []byte(t)
			put("Search", d(s), t, bytes.Contains(s, tb), bytes.ContainsAny(s, t), bytes.Index(s, tb), bytes.LastIndex(s, tb),
				bytes.IndexAny(s, t), bytes.LastIndexAny(s, t), bytes.Count(s, tb), bytes.HasPrefix(s, tb), bytes.HasSuffix(s, tb),
				bytes.Equal(s, tb), bytes.Compare(s, tb), bytes.Compare(tb, s), bytes.EqualFold(s, tb))
			put("Split", ds(bytes.Split(s, tb)), ds(bytes.SplitAfter(s, tb)), ds(bytes.SplitN(s, tb, 2)), ds(bytes.SplitN(s, tb, 0)),
				ds(bytes.SplitAfterN(s, tb, -1)), ds(bytes.SplitN(s, tb, 1)))
			b, a, f := bytes.Cut(s, tb)
			ap, fp := bytes.CutPrefix(s, tb)
			bs, fs := bytes.CutSuffix(s, tb)
			put("Cut", d(b), d(a), f, d(ap), fp, d(bs), fs, d(bytes.TrimPrefix(s, tb)), d(bytes.TrimSuffix(s, tb)))
			put("Trim", d(bytes.Trim(s, t)), d(bytes.TrimLeft(s, t)), d(bytes.TrimRight(s, t)))
			put("Replace", d(bytes.Replace(s, tb, []byte("<>"), -1)), d(bytes.Replace(s, tb, nil, 2)), d(bytes.ReplaceAll(s, tb, []byte("é"))),
				d(bytes.Replace(s, tb, tb, 0)))
			put("Join", d(bytes.Join(bytes.Fields(s), tb)), d(bytes.Join(nil, tb)), d(bytes.Join([][]byte{s}, tb)), d(bytes.Join([][]byte{s, s}, tb)))
		}
		for _, c := range []rune{'a', 'é', '日', 0xFFFD, -1, 0x110000} {
			put("IndexRune", d(s), c, bytes.IndexRune(s, c), bytes.ContainsRune(s, c))
		}
		for _, c := range []byte{'a', ' ', 0xff} {
			put("IndexByte", bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
		}
		put("Fields", ds(bytes.Fields(s)), ds(bytes.FieldsFunc(s, unicode.IsPunct)), ds(bytes.FieldsFunc(s, func(r rune) bool { return r == 'a' })))
		put("Case", d(bytes.ToUpper(s)), d(bytes.ToLower(s)), d(bytes.ToTitle(s)), d(bytes.Title(s)),
			d(bytes.ToUpperSpecial(unicode.TurkishCase, s)), d(bytes.ToLowerSpecial(unicode.TurkishCase, s)), d(bytes.ToTitleSpecial(unicode.AzeriCase, s)))
		put("Space", d(bytes.TrimSpace(s)), d(bytes.TrimFunc(s, unicode.IsLetter)), d(bytes.TrimLeftFunc(s, unicode.IsSpace)),
			d(bytes.TrimRightFunc(s, unicode.IsSpace)), bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLower),
			bytes.ContainsFunc(s, unicode.IsDigit))
		put("Map", d(bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s)), d(bytes.ToValidUTF8(s, []byte("?"))), d(bytes.ToValidUTF8(s, nil)))
		put("Repeat", d(bytes.Repeat(s, 0)), d(bytes.Repeat(s, 1)), d(bytes.Repeat(s, 3)), len(bytes.Repeat(s, 3000)), d(bytes.Clone(s)))
		put("Runes", bytes.Runes(s), len(bytes.Runes(s)), cap(bytes.Runes(s)))
	}
	func() {
		defer func() { put("Repeat panic", fmt.Sprint(recover())) }()
		bytes.Repeat([]byte("x"), -1)
	}()

	// Buffer growth and operations
	var b bytes.Buffer
	put("Buffer.zero", b.Len(), b.Cap(), b.String(), d(b.Bytes()), b.Available())
	caps := []int{}
	for i := 0; i < 300; i++ {
		b.WriteByte(byte('a' + i%26))
		if i%7 == 0 {
			b.WriteString("0123456789")
		}
		if i%13 == 0 {
			b.ReadByte()
			b.Next(5)
		}
		caps = append(caps, b.Cap())
	}
	put("Buffer.caps", caps, b.Len())
	caps = caps[:0]
	var b2 bytes.Buffer
	for _, n := range []int{0, 1, 10, 64, 65, 100, 1000, 5, 3000} {
		b2.Grow(n)
		caps = append(caps, b2.Cap(), b2.Len())
		b2.Write(make([]byte, n/2))
		p := make([]byte, n/3)
		b2.Read(p)
	}
	put("Buffer.Grow", caps)
	var b3 bytes.Buffer
	b3.WriteString(strings.Repeat("x", 100))
	put("Buffer.100", b3.Cap())
	b4 := bytes.NewBufferString("héllo\nworld\nlast")
	for {
		line, err := b4.ReadString('\n')
		put("ReadString", line, err)
		if err != nil {
			break
		}
	}
	b4 = bytes.NewBuffer([]byte("ab日c"))
	for {
		r, n, err := b4.ReadRune()
		put("ReadRune", r, n, err, fmt.Sprint(b4.UnreadRune()), fmt.Sprint(b4.UnreadRune()))
		b4.ReadRune()
		if err != nil {
			break
		}
	}
	put("UnreadByte", fmt.Sprint(b4.UnreadByte()))
	b4 = bytes.NewBufferString("0123456789")
	pk, perr := b4.Peek(3)
	pk2, perr2 := b4.Peek(30)
	put("Peek", d(pk), perr, d(pk2), perr2)
	line, lerr := b4.ReadBytes('5')
	put("ReadBytes", d(line), lerr, fmt.Sprint(b4.UnreadByte()), b4.String())
	b4.Truncate(2)
	put("Truncate", b4.String(), b4.Len())
	func() {
		defer func() { put("Truncate panic", fmt.Sprint(recover())) }()
		b4.Truncate(50)
	}()
	func() {
		defer func() { put("Grow panic", fmt.Sprint(recover())) }()
		b4.Grow(-1)
	}()
	var out strings.Builder
	b5 := bytes.NewBufferString("to writer")
	wn, werr := b5.WriteTo(&out)
	put("WriteTo", wn, werr, out.String(), b5.Len())
	var b6 bytes.Buffer
	rn, rerr := b6.ReadFrom(strings.NewReader(strings.Repeat("r", 2000)))
	put("ReadFrom", rn, rerr, b6.Len(), b6.Cap())
	wr, _ := b6.WriteRune('世')
	wr2, _ := b6.WriteRune(-5)
	put("WriteRune", wr, wr2, b6.Len())
	var nb *bytes.Buffer
	put("nil", nb.String())
	var zb bytes.Buffer
	zn, zerr := zb.Read(make([]byte, 4))
	zn2, zerr2 := zb.Read(nil)
	put("empty read", zn, zerr, zn2, zerr2, d(zb.AvailableBuffer()))

	// Reader
	rd := bytes.NewReader([]byte("héllo, 世界!"))
	buf := make([]byte, 4)
	for {
		n, err := rd.Read(buf)
		put("Reader.Read", n, err, string(buf[:n]), rd.Len(), rd.Size())
		if err != nil {
			break
		}
	}
	rd.Reset([]byte("a日"))
	for {
		r, size, err := rd.ReadRune()
		put("Reader.ReadRune", r, size, err)
		if err != nil {
			break
		}
	}
	put("Reader.Unread", fmt.Sprint(rd.UnreadRune()), fmt.Sprint(rd.UnreadByte()))
	for _, sk := range [][2]int64{{0, 0}, {2, 0}, {1, 1}, {-1, 2}, {-100, 1}, {3, 7}} {
		pos, err := rd.Seek(sk[0], int(sk[1]))
		put("Reader.Seek", sk, pos, fmt.Sprint(err))
	}
	for _, off := range []int64{-1, 0, 2, 100} {
		n, err := rd.ReadAt(buf, off)
		put("Reader.ReadAt", off, n, fmt.Sprint(err))
	}
	rd.Reset([]byte("0123456789"))
	rd.Seek(4, io.SeekStart)
	var sb strings.Builder
	wn, werr = rd.WriteTo(&sb)
	put("Reader.WriteTo", wn, werr, sb.String())

	fmt.Printf("bytes: %d results, hash %016x\n", count, hash)

	// Allocations
	long := bytes.Repeat([]byte("word "), 100)
	medium := []byte("a,b,c,d,e,f,g,h")
	var sink []byte
	var sinks [][]byte
	allocs := func(name string, f func()) { fmt.Printf("%-24s %v\n", name, testing.AllocsPerRun(100, f)) }
	allocs("Split", func() { sinks = bytes.Split(medium, []byte(",")) })
	allocs("Fields", func() { sinks = bytes.Fields(long) })
	allocs("FieldsFunc", func() { sinks = bytes.FieldsFunc(long, unicode.IsSpace) })
	allocs("Join", func() { sink = bytes.Join(sinks[:10], []byte(", ")) })
	allocs("Repeat", func() { sink = bytes.Repeat([]byte("ab"), 10) })
	allocs("Replace", func() { sink = bytes.Replace(long, []byte("word"), []byte("w"), -1) })
	allocs("Replace/none", func() { sink = bytes.Replace(long, []byte("zz"), []byte("w"), -1) })
	allocs("ToUpper", func() { sink = bytes.ToUpper(long) })
	allocs("ToUpper/noop", func() { sink = bytes.ToUpper([]byte("ABC")) })
	allocs("ToLower/unicode", func() { sink = bytes.ToLower([]byte("HÉLLO")) })
	allocs("Map", func() { sink = bytes.Map(unicode.ToUpper, medium) })
	allocs("Clone", func() { sink = bytes.Clone(medium) })
	allocs("Runes", func() { _ = bytes.Runes(medium) })
	allocs("Equal", func() { _ = bytes.Equal(long, long) })
	allocs("Index", func() { _ = bytes.Index(long, []byte("wordx")) })
	allocs("TrimSpace", func() { sink = bytes.TrimSpace(medium) })
	allocs("Buffer/small", func() {
		var b bytes.Buffer
		b.WriteString("hello")
		sink = b.Bytes()
	})
	allocs("Buffer/grow", func() {
		var b bytes.Buffer
		for i := 0; i < 20; i++ {
			b.WriteString("0123456789")
		}
		sink = b.Bytes()
	})
	allocs("Buffer/String", func() {
		b := bytes.NewBufferString("hello, world, this is a test")
		_ = b.String()
	})
	allocs("Buffer/local", func() {
		var b bytes.Buffer
		b.WriteByte('x')
		_ = b.Len()
	})
	_ = sink
}
