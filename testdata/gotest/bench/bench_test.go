// Package bench has benchmarks of every shape go test prints: plain b.N
// loops, b.Loop, sub-benchmarks with SetBytes (MB/s), ReportMetric, logs,
// skips, failures and timers.  The golden runs use -benchtime=100x so N is
// fixed; ns/op and MB/s values are normalized away.
package bench

import (
	"strconv"
	"testing"
)

var sink []byte

func BenchmarkMake64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = make([]byte, 64)
	}
}

func BenchmarkLoop(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = make([]byte, 10)
	}
}

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 100, 10000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				sink = make([]byte, n)
			}
		})
	}
}

func BenchmarkMetric(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(3.5, "widgets/op")
	b.ReportMetric(0, "ns/op")
}

func BenchmarkLogs(b *testing.B) {
	b.StopTimer()
	b.Log("log from the benchmark, N =", b.N)
	b.StartTimer()
	for i := 0; i < b.N; i++ {
	}
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("skipped benchmark")
}

func BenchmarkFails(b *testing.B) {
	b.Error("benchmark failed")
}

func BenchmarkTimerStopped(b *testing.B) {
	b.StopTimer()
	sink = make([]byte, 1000)
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		sink = make([]byte, 8)
	}
	b.StopTimer()
	sink = make([]byte, 1000)
}

func BenchmarkReset(b *testing.B) {
	sink = make([]byte, 5000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sink = make([]byte, 24)
	}
}
