// Interface boxing: an int below 256 points into the runtime's static
// table (no allocation); 500 needs an 8-byte allocation.  The values come
// from variables so that gc cannot box a constant statically.
package iface

import "testing"

var (
	sink      any
	five, big = 5, 500
	structVal = pair{1, 2}
)

type pair struct{ x, y int }

func BenchmarkBoxInt5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = five
	}
}

func BenchmarkBoxInt500(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = big
	}
}

func BenchmarkBoxStruct(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = structVal
	}
}
