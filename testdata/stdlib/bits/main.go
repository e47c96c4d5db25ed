// Package main exercises math/bits over random and edge-case inputs and
// prints an FNV-1a hash of the results per function (with -v: every
// result), plus the panics of Div32/Div64.
package main

import (
	"fmt"
	"math/bits"
	"os"
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

func (h *hasher) add(vals ...uint64) {
	h.n++
	for _, v := range vals {
		for i := 0; i < 8; i++ {
			h.h ^= v & 0xff
			h.h *= 1099511628211
			v >>= 8
		}
	}
	if verbose {
		fmt.Println(h.name, vals)
	}
}

var results []*hasher

func newHasher(name string) *hasher {
	h := &hasher{name: name, h: 14695981039346656037}
	results = append(results, h)
	return h
}

func inputs() []uint64 {
	xs := []uint64{0, 1, 2, 3, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 1<<31 - 1, 1 << 31, 1<<32 - 1, 1 << 32,
		1<<63 - 1, 1 << 63, 1<<64 - 1, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef}
	for s := 0; s < 64; s++ {
		xs = append(xs, 1<<s, 1<<s-1, ^(uint64(1) << s))
	}
	r := &rng{7}
	for i := 0; i < 20000; i++ {
		v := r.next()
		switch i % 4 {
		case 1:
			v >>= r.next() % 64
		case 2:
			v <<= r.next() % 64
		}
		xs = append(xs, v)
	}
	return xs
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: panic: %v\n", name, e)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

func main() {
	xs := inputs()
	lz, tz, oc, ln := newHasher("LeadingZeros*"), newHasher("TrailingZeros*"), newHasher("OnesCount*"), newHasher("Len*")
	rv, rb, rl := newHasher("Reverse*"), newHasher("ReverseBytes*"), newHasher("RotateLeft*")
	add, sub, mul, div, rem := newHasher("Add*"), newHasher("Sub*"), newHasher("Mul*"), newHasher("Div*"), newHasher("Rem*")
	for i, x := range xs {
		y := xs[(i*7+3)%len(xs)]
		z := xs[(i*13+5)%len(xs)]
		lz.add(uint64(bits.LeadingZeros(uint(x))), uint64(bits.LeadingZeros8(uint8(x))), uint64(bits.LeadingZeros16(uint16(x))),
			uint64(bits.LeadingZeros32(uint32(x))), uint64(bits.LeadingZeros64(x)))
		tz.add(uint64(bits.TrailingZeros(uint(x))), uint64(bits.TrailingZeros8(uint8(x))), uint64(bits.TrailingZeros16(uint16(x))),
			uint64(bits.TrailingZeros32(uint32(x))), uint64(bits.TrailingZeros64(x)))
		oc.add(uint64(bits.OnesCount(uint(x))), uint64(bits.OnesCount8(uint8(x))), uint64(bits.OnesCount16(uint16(x))),
			uint64(bits.OnesCount32(uint32(x))), uint64(bits.OnesCount64(x)))
		ln.add(uint64(bits.Len(uint(x))), uint64(bits.Len8(uint8(x))), uint64(bits.Len16(uint16(x))),
			uint64(bits.Len32(uint32(x))), uint64(bits.Len64(x)))
		rv.add(uint64(bits.Reverse(uint(x))), uint64(bits.Reverse8(uint8(x))), uint64(bits.Reverse16(uint16(x))),
			uint64(bits.Reverse32(uint32(x))), bits.Reverse64(x))
		rb.add(uint64(bits.ReverseBytes(uint(x))), uint64(bits.ReverseBytes16(uint16(x))),
			uint64(bits.ReverseBytes32(uint32(x))), bits.ReverseBytes64(x))
		k := int(int8(y))
		rl.add(uint64(bits.RotateLeft(uint(x), k)), uint64(bits.RotateLeft8(uint8(x), k)), uint64(bits.RotateLeft16(uint16(x), k)),
			uint64(bits.RotateLeft32(uint32(x), k)), bits.RotateLeft64(x, k))
		c := z & 1
		s1, c1 := bits.Add(uint(x), uint(y), uint(c))
		s2, c2 := bits.Add32(uint32(x), uint32(y), uint32(c))
		s3, c3 := bits.Add64(x, y, c)
		add.add(uint64(s1), uint64(c1), uint64(s2), uint64(c2), s3, c3)
		d1, b1 := bits.Sub(uint(x), uint(y), uint(c))
		d2, b2 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		d3, b3 := bits.Sub64(x, y, c)
		sub.add(uint64(d1), uint64(b1), uint64(d2), uint64(b2), d3, b3)
		h1, l1 := bits.Mul(uint(x), uint(y))
		h2, l2 := bits.Mul32(uint32(x), uint32(y))
		h3, l3 := bits.Mul64(x, y)
		mul.add(uint64(h1), uint64(l1), uint64(h2), uint64(l2), h3, l3)
		if z != 0 {
			hi := y % z
			q1, r1 := bits.Div(uint(hi), uint(x), uint(z))
			q3, r3 := bits.Div64(hi, x, z)
			var q2, r2 uint32
			if uint32(z) != 0 {
				q2, r2 = bits.Div32(uint32(y)%uint32(z), uint32(x), uint32(z))
			}
			div.add(uint64(q1), uint64(r1), uint64(q2), uint64(r2), q3, r3)
			var m32 uint32
			if uint32(z) != 0 {
				m32 = bits.Rem32(uint32(y), uint32(x), uint32(z))
			}
			rem.add(uint64(bits.Rem(uint(y), uint(x), uint(z))), uint64(m32), bits.Rem64(y, x, z))
		}
	}
	for _, h := range results {
		fmt.Printf("%-16s %6d %016x\n", h.name, h.n, h.h)
	}
	fmt.Println(bits.UintSize)
	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div overflow", func() { bits.Div(7, 1, 3) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	try("Rem64 big", func() { fmt.Println(bits.Rem64(9, 1, 3)) })
}
