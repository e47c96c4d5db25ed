// Conversions that do not escape use a stack temporary (up to 1024
// bytes); variadic ...any arguments likewise when the callee does not
// keep them.
package iface

import "testing"

//go:noinline
func kind(x any) int {
	switch x.(type) {
	case int:
		return 1
	case pair:
		return 2
	case large, medium:
		return 3
	}
	return 0
}

//go:noinline
func count(args ...any) int {
	n := 0
	for _, a := range args {
		if a != nil {
			n++
		}
	}
	return n
}

var keptArgs []any

//go:noinline
func keepAll(args ...any) { keptArgs = args }

var total int

func BenchmarkNonEscapingInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += kind(big)
	}
}

func BenchmarkNonEscapingStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += kind(structVal)
	}
}

// 1024 bytes still fit the stack temporary...
func BenchmarkNonEscapingMedium(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += kind(sinkMedium)
	}
}

// ... 2048 do not: heap, although the conversion does not escape.
func BenchmarkNonEscapingLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += kind(sinkLarge)
	}
}

func BenchmarkVariadicNonEscaping(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += count(big, strHello, structVal, f64)
	}
}

// The callee keeps the slice: the ... argument and each boxed value
// that needs memory are on the heap.
func BenchmarkVariadicEscaping(b *testing.B) {
	for i := 0; i < b.N; i++ {
		keepAll(big, strHello, five, ptr)
	}
}

func BenchmarkVariadicEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		keepAll()
	}
}

func BenchmarkVariadicSpread(b *testing.B) {
	args := []any{1, 2}
	for i := 0; i < b.N; i++ {
		keepAll(args...)
	}
}
