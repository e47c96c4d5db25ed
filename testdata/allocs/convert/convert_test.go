// String and byte-slice conversions: an escaping []byte(s) or string(b)
// copies to the heap; a non-escaping one of at most 32 bytes uses a stack
// buffer.
package convert

import "testing"

var (
	s40     = "0123456789012345678901234567890123456789"
	s20     = "01234567890123456789"
	b20     = []byte("01234567890123456789")
	sinkB   []byte
	sinkS   string
	counter int
)

func BenchmarkBytesOfStringEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = []byte(s40)
	}
}

func BenchmarkBytesOfStringLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		bs := []byte(s20)
		bs[0] = 'x'
		counter += int(bs[0])
	}
}

func BenchmarkStringOfBytesEscapes(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = string(b20)
	}
}
