// Building strings (facts §6, §12.2): a + b that does not escape and fits
// 32 bytes uses a stack buffer; a concatenation with a single non-empty
// operand returns it; s += t always allocates (no stack buffer);
// strings.Builder grows like append, Grow sizes it once.
package strbuild

import (
	"strings"
	"testing"
)

var (
	a10   = "0123456789"
	a16   = "0123456789abcdef"
	a17   = "0123456789abcdefg"
	empty = ""
	words = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	sinkS string
	total int
)

//go:noinline
func length(s string) int { return len(s) }

func BenchmarkConcatLocal32(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += length(a16 + a16)
	}
}

func BenchmarkConcatLocal33(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += length(a16 + a17)
	}
}

func BenchmarkConcatEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = a10 + a10
	}
}

// One operand is empty at run time: the other one is the result.
func BenchmarkConcatEscapesOneEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = empty + a17
	}
}

func BenchmarkConcatThree(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = a10 + a16 + a17
	}
}

func BenchmarkConcatSix(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = a10 + a10 + a10 + a10 + a10 + a10
	}
}

func BenchmarkConcatWithConstants(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = "[" + a10 + "]"
	}
}

func BenchmarkConcatConstantsOnly(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = "abc" + "def"
	}
}

// s += t: even when s does not escape, both non-empty costs one
// allocation.
func BenchmarkPlusEqualLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := a10
		s += a10
		total += length(s)
	}
}

//go:noinline
func joinPlus(ws []string) string {
	s := ""
	for _, w := range ws {
		s += w + ","
	}
	return s
}

func BenchmarkPlusEqualLoop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = joinPlus(words)
	}
}

//go:noinline
func joinBuilder(ws []string) string {
	var sb strings.Builder
	for _, w := range ws {
		sb.WriteString(w)
		sb.WriteByte(',')
	}
	return sb.String()
}

//go:noinline
func joinBuilderGrow(ws []string) string {
	var sb strings.Builder
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	sb.Grow(n)
	for _, w := range ws {
		sb.WriteString(w)
		sb.WriteByte(',')
	}
	return sb.String()
}

func BenchmarkBuilder(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = joinBuilder(words)
	}
}

func BenchmarkBuilderGrow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = joinBuilderGrow(words)
	}
}

func BenchmarkBuilderSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var sb strings.Builder
		sb.WriteString(a10)
		sinkS = sb.String()
	}
}

func BenchmarkStringsJoin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.Join(words, ",")
	}
}

func BenchmarkStringsRepeat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.Repeat(a10, 5)
	}
}

//go:noinline
func appendBytes(ws []string) string {
	var buf []byte
	for _, w := range ws {
		buf = append(buf, w...)
		buf = append(buf, ',')
	}
	return string(buf)
}

// A []byte built by append and converted at the end: the local buffer
// starts in the stack, string(buf) copies once.
func BenchmarkAppendBytesThenString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = appendBytes(words)
	}
}

func BenchmarkSubstring(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = a17[3:9]
	}
}

var sinkB []byte

// []byte(a + b): one concatenation straight into the byte slice
// (concatbytes), no intermediate string.
func BenchmarkConcatToBytes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = []byte(a10 + a17)
	}
}
