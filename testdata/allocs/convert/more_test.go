// []byte <-> string in every direction (facts §6, §12.10): a result that
// does not escape and holds at most 32 bytes uses a stack buffer; an
// empty or one-byte string(b) is free even when it escapes; string(b) in
// a map lookup, a comparison, a switch or a concatenation with a
// constant is a temporary view; a []byte(s) never written is zero-copy.
package convert

import "testing"

var (
	s5     = "hello"
	s32    = "01234567890123456789012345678901"
	s33    = "012345678901234567890123456789012"
	sJP    = "日本語のテキスト"
	b0     = []byte{}
	b1     = []byte("x")
	b2     = []byte("xy")
	b32    = []byte(s32)
	b33    = []byte(s33)
	b40    = []byte(s40)
	r65    = rune('A')
	r3     = rune('語')
	runes5 = []rune("héllo")
	m      = map[string]int{"01234567890123456789": 1}
	sinkR  []rune
)

func BenchmarkBytesOfStringEscapesSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = []byte(s5)
	}
}

func BenchmarkBytesOfStringEscapes32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = []byte(s32)
	}
}

func BenchmarkBytesOfStringLocal32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bs := []byte(s32)
		bs[0] = 'x'
		counter += int(bs[0]) + cap(bs)
	}
}

func BenchmarkBytesOfStringLocal33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bs := []byte(s33)
		bs[0] = 'x'
		counter += int(bs[0]) + cap(bs)
	}
}

// Never written, never escaping: zero-copy, whatever the length.
func BenchmarkBytesOfStringZeroCopy(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bs := []byte(s40)
		counter += int(bs[3]) + len(bs)
	}
}

func BenchmarkBytesOfConstantEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = []byte("constant bytes")
	}
}

func BenchmarkBytesOfConstantLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bs := []byte("constant bytes")
		bs[0] = 'C'
		counter += int(bs[0])
	}
}

func BenchmarkRangeBytesOfString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		for _, c := range []byte(s40) {
			counter += int(c)
		}
	}
}

func BenchmarkStringOfBytesEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(b0)
	}
}

func BenchmarkStringOfBytesOneByte(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(b1)
	}
}

func BenchmarkStringOfBytesTwoBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(b2)
	}
}

func BenchmarkStringOfBytesEscapes40(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(b40)
	}
}

//go:noinline
func length(s string) int { return len(s) }

func BenchmarkStringOfBytesLocal32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += length(string(b32))
	}
}

func BenchmarkStringOfBytesLocal33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += length(string(b33))
	}
}

func BenchmarkMapLookupStringOfBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += m[string(b20)]
	}
}

func BenchmarkMapAssignStringOfBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m[string(b20)] = i
	}
}

func BenchmarkCompareStringOfBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if string(b40) == s40 {
			counter++
		}
	}
}

func BenchmarkSwitchStringOfBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		switch string(b40) {
		case "nope":
			counter--
		case "0123456789012345678901234567890123456789":
			counter++
		}
	}
}

// A concatenation with a non-empty constant: the conversion is a view,
// only the (escaping) result is allocated.
func BenchmarkConcatConstStringOfBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = "<" + string(b40) + ">"
	}
}

// The same concatenation, local and short: no allocation at all.
func BenchmarkConcatConstStringOfBytesLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += length("<" + string(b20) + ">")
	}
}

func BenchmarkStringOfRuneEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(r65)
	}
}

func BenchmarkStringOfRuneLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += length(string(r3))
	}
}

func BenchmarkRunesOfStringEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkR = []rune(sJP)
	}
}

func BenchmarkRunesOfStringLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		rs := []rune(sJP)
		rs[0] = 'x'
		counter += int(rs[0])
	}
}

func BenchmarkLenRunesOfString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += len([]rune(sJP))
	}
}

func BenchmarkStringOfRunesEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(runes5)
	}
}

func BenchmarkStringOfRunesLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		counter += length(string(runes5))
	}
}
