// Maps (facts §4.4, §12.11): a map that does not escape keeps its header
// and first group (8 entries) on the stack; the 9th entry costs the
// table; an escaping map costs its header, plus the group at the first
// insert; map literals are built like make + inserts.
package maps

import "testing"

var (
	sinkM   map[int]int
	sinkSM  map[string]int
	total   int
	n8, n9  = 8, 9
	n100    = 100
	hint    = 4
	keys    = []string{"a", "b", "c"}
	counter = map[string]int{}
)

//go:noinline
func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}

func BenchmarkLocalMap8(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		fill(m, n8)
		total += len(m)
	}
}

func BenchmarkLocalMap9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		fill(m, n9)
		total += len(m)
	}
}

func BenchmarkLocalMap100(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		fill(m, n100)
		total += len(m)
	}
}

func BenchmarkLocalMapHint(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int, hint)
		fill(m, hint)
		total += len(m)
	}
}

func BenchmarkLocalMapHint100(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int, n100)
		fill(m, n100)
		total += len(m)
	}
}

func BenchmarkEscapingMapEmpty(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkM = make(map[int]int)
	}
}

func BenchmarkEscapingMap1(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		m[i] = i
		sinkM = m
	}
}

func BenchmarkEscapingMap8(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		fill(m, n8)
		sinkM = m
	}
}

func BenchmarkEscapingMap9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[int]int)
		fill(m, n9)
		sinkM = m
	}
}

func BenchmarkLocalMapLiteral(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := map[string]int{"a": 1, "b": 2, "c": i}
		total += m["c"]
	}
}

func BenchmarkEscapingMapLiteral(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkSM = map[string]int{"a": 1, "b": 2, "c": i}
	}
}

// Updating existing entries of a global map: no allocation.
func BenchmarkMapUpdateExisting(b *testing.B) {
	for _, k := range keys {
		counter[k] = 0
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		counter[keys[i%3]]++
	}
}

func BenchmarkMapLookupMissing(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += counter["zzz"]
	}
}

func BenchmarkMapRangeLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := map[int]int{1: 1, 2: 2, 3: 3}
		for k, v := range m {
			total += k + v
		}
	}
}

type point struct{ x, y int }

func BenchmarkMapStructKeyLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := make(map[point]bool)
		m[point{i, i}] = true
		total += len(m)
	}
}
