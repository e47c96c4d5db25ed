// Allocations of common standard library calls (facts §12.9, §12.12):
// fmt boxes its arguments (they escape: fmt keeps them in its pooled
// printer) and allocates the result; strconv returns small numbers from
// a static table; errors.New allocates its errorString.  tgo compiles
// its own stdlib (stdlib/), so these check that it allocates as Go's.
package stdlib

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var (
	seven   = 7
	ninety9 = 99
	big     = 123456789
	neg     = -42
	f64     = 3.25
	word    = "gopher"
	sinkS   string
	sinkE   error
	sinkB   []byte
	total   int
	ints    = []int{5, 2, 8, 1, 9, 3}
	strs    = []string{"pear", "apple", "fig"}
	errBase = errors.New("base")
	buf     = make([]byte, 0, 64)
)

// warmFmt gets fmt's printer pool its per-P storage, which sync.Pool
// allocates again after every GC (testing runs one before each
// benchmark), so that the benchmark counts only the calls' own
// allocations.
func warmFmt(b *testing.B) {
	sinkS = fmt.Sprint("")
	b.ResetTimer()
}

// The first fmt call after a GC: sync.Pool allocates its per-P array
// (128 bytes per P), 1 B/op over 100 calls.
func BenchmarkSprintfColdPool(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%d", seven)
	}
}

func BenchmarkSprintfSmallInt(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%d", seven)
	}
}

func BenchmarkSprintfTwoDigits(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%d", ninety9)
	}
}

func BenchmarkSprintfLargeInt(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%d", big)
	}
}

func BenchmarkSprintfMixed(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%s=%d (%v)", word, big, f64)
	}
}

func BenchmarkSprintConst(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprint("x", 1)
	}
}

func BenchmarkSprintln(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintln(word, neg)
	}
}

func BenchmarkAppendf(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkB = fmt.Appendf(buf[:0], "%d-%d", ninety9, big)
	}
}

func BenchmarkItoaSmall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.Itoa(ninety9)
	}
}

func BenchmarkItoaLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.Itoa(big)
	}
}

func BenchmarkFormatIntNegative(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.FormatInt(int64(neg), 10)
	}
}

func BenchmarkFormatIntHex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.FormatInt(int64(big), 16)
	}
}

func BenchmarkAppendInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkB = strconv.AppendInt(buf[:0], int64(big), 10)
	}
}

func BenchmarkQuote(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.Quote(word)
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strconv.FormatFloat(f64, 'g', -1, 64)
	}
}

func BenchmarkAtoi(b *testing.B) {
	for i := 0; i < b.N; i++ {
		n, _ := strconv.Atoi("12345")
		total += n
	}
}

func BenchmarkAtoiError(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, err := strconv.Atoi(word)
		sinkE = err
	}
}

func BenchmarkErrorsNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkE = errors.New("boom")
	}
}

func BenchmarkErrorfPlain(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkE = fmt.Errorf("bad value %d", big)
	}
}

func BenchmarkErrorfWrap(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkE = fmt.Errorf("context: %w", errBase)
	}
}

func BenchmarkErrorsIs(b *testing.B) {
	err := fmt.Errorf("context: %w", errBase)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if errors.Is(err, errBase) {
			total++
		}
	}
}

func BenchmarkSortSlice(b *testing.B) {
	s := make([]int, len(ints))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(s, ints)
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	}
}

func BenchmarkSortInts(b *testing.B) {
	s := make([]int, len(ints))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(s, ints)
		sort.Ints(s)
	}
}

func BenchmarkSortStrings(b *testing.B) {
	s := make([]string, len(strs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(s, strs)
		sort.Strings(s)
	}
}

func BenchmarkStringsSplit(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += len(strings.Split("a,b,c,d", ","))
	}
}

func BenchmarkStringsFields(b *testing.B) {
	for i := 0; i < b.N; i++ {
		total += len(strings.Fields(" a b  c "))
	}
}

func BenchmarkStringsToUpper(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.ToUpper(word)
	}
}

func BenchmarkStringsReplace(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.ReplaceAll(word, "o", "0")
	}
}

func BenchmarkStringsContains(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if strings.Contains(word, "ph") {
			total++
		}
	}
}
