// Package main checks package unicode/utf8: decoding of random and
// crafted byte strings (valid, truncated, overlong, surrogates, out of
// range), encoding of every rune, counting and validation.
package main

import (
	"fmt"
	"os"
	"testing"
	"unicode/utf8"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

type hasher struct {
	name string
	n    int
	h    uint64
}

func newHasher(name string) *hasher { return &hasher{name: name, h: 14695981039346656037} }

func (h *hasher) add(vals ...int64) {
	h.n++
	for _, v := range vals {
		x := uint64(v)
		for i := 0; i < 8; i++ {
			h.h ^= x & 0xff
			h.h *= 1099511628211
			x >>= 8
		}
	}
	if verbose {
		fmt.Println(h.name, vals)
	}
}

func (h *hasher) done() { fmt.Printf("%-24s %8d %016x\n", h.name, h.n, h.h) }

func b(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

func samples() [][]byte {
	var out [][]byte
	r := &rng{42}
	interesting := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
		0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xfe, 0xff}
	// every sequence of up to 3 interesting bytes
	for _, x := range interesting {
		out = append(out, []byte{x})
		for _, y := range interesting {
			out = append(out, []byte{x, y})
			for _, z := range interesting {
				out = append(out, []byte{x, y, z})
			}
		}
	}
	// 4-byte sequences around the edges
	for _, x := range []byte{0xf0, 0xf1, 0xf4, 0xf5} {
		for _, y := range []byte{0x80, 0x8f, 0x90, 0xbf, 0xc0} {
			for _, z := range []byte{0x7f, 0x80, 0xbf, 0xc0} {
				for _, w := range []byte{0x7f, 0x80, 0xbf, 0xc0} {
					out = append(out, []byte{x, y, z, w}, []byte{x, y, z, w, 'a'})
				}
			}
		}
	}
	for i := 0; i < 30000; i++ {
		n := int(r.next() % 12)
		s := make([]byte, n)
		for j := range s {
			v := r.next()
			if v%3 == 0 {
				s[j] = interesting[v/3%uint64(len(interesting))]
			} else {
				s[j] = byte(v >> 8)
			}
		}
		out = append(out, s)
	}
	return out
}

func main() {
	ss := samples()
	dr, drs, dl, dls := newHasher("DecodeRune"), newHasher("DecodeRuneInString"), newHasher("DecodeLastRune"), newHasher("DecodeLastRuneInString")
	fr, cnt, val := newHasher("FullRune"), newHasher("RuneCount"), newHasher("Valid")
	for _, p := range ss {
		s := string(p)
		r, n := utf8.DecodeRune(p)
		dr.add(int64(r), int64(n))
		r, n = utf8.DecodeRuneInString(s)
		drs.add(int64(r), int64(n))
		r, n = utf8.DecodeLastRune(p)
		dl.add(int64(r), int64(n))
		r, n = utf8.DecodeLastRuneInString(s)
		dls.add(int64(r), int64(n))
		fr.add(b(utf8.FullRune(p)), b(utf8.FullRuneInString(s)))
		cnt.add(int64(utf8.RuneCount(p)), int64(utf8.RuneCountInString(s)))
		val.add(b(utf8.Valid(p)), b(utf8.ValidString(s)))
	}
	for _, h := range []*hasher{dr, drs, dl, dls, fr, cnt, val} {
		h.done()
	}
	enc, app, rl, vr, rs := newHasher("EncodeRune"), newHasher("AppendRune"), newHasher("RuneLen"), newHasher("ValidRune"), newHasher("RuneStart")
	buf := make([]byte, 4)
	for c := rune(-3); c <= utf8.MaxRune+3; c++ {
		n := utf8.EncodeRune(buf, c)
		enc.add(int64(c), int64(n), int64(buf[0]), int64(buf[1]), int64(buf[2]), int64(buf[3]))
		a := utf8.AppendRune([]byte("x"), c)
		app.add(int64(len(a)), int64(a[len(a)-1]))
		rl.add(int64(utf8.RuneLen(c)))
		vr.add(b(utf8.ValidRune(c)))
	}
	for _, c := range []rune{-1 << 31, 1<<31 - 1, 0x7fffffff, -0x80} {
		enc.add(int64(utf8.EncodeRune(buf, c)), int64(buf[0]))
		rl.add(int64(utf8.RuneLen(c)))
		vr.add(b(utf8.ValidRune(c)))
	}
	for i := 0; i < 256; i++ {
		rs.add(b(utf8.RuneStart(byte(i))))
	}
	for _, h := range []*hasher{enc, app, rl, vr, rs} {
		h.done()
	}
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	long := []byte("héllo, 世界! \xff\xfe 𝄞 and more ascii text to pass the fast paths of Valid ........")
	fmt.Println(utf8.Valid(long), utf8.ValidString(string(long[:40])), utf8.RuneCount(long), utf8.RuneCountInString(string(long)))
}

// Allocations: none, except that RuneCount copies a non-ASCII tail longer
// than 32 bytes into a string, as Go does.
func init() {
	short := []byte("héllo")
	long := []byte("héllo wörld, this is a longer string with ünïcödé characters in it")
	ascii := []byte("plain ascii text that is quite long, longer than thirty-two bytes")
	buf := make([]byte, 0, 8)
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"RuneCount/short", func() { _ = utf8.RuneCount(short) }},
		{"RuneCount/long", func() { _ = utf8.RuneCount(long) }},
		{"RuneCount/ascii", func() { _ = utf8.RuneCount(ascii) }},
		{"RuneCountInString", func() { _ = utf8.RuneCountInString(string(long)) }},
		{"Valid", func() { _ = utf8.Valid(long) }},
		{"DecodeRune", func() { _, _ = utf8.DecodeRune(long[1:]) }},
		{"DecodeLastRune", func() { _, _ = utf8.DecodeLastRune(long) }},
		{"AppendRune", func() { buf = utf8.AppendRune(buf[:0], '世') }},
		{"EncodeRune", func() { _ = utf8.EncodeRune(buf[:4], '世') }},
	} {
		fmt.Printf("%-20s %v\n", c.name, testing.AllocsPerRun(100, c.f))
	}
}
