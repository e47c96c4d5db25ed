// Allocations of the standard library calls that issue 7 ([stdlib]) lists
// and that stdlib/ does not cover (facts §12.9, §12.12): fmt.Sprintf with
// each common verb, Println-style printing of ints below and above 256
// (values below 256 box without allocating: runtime.staticuint64s),
// bytes.Buffer growth with and without Grow, strings.Builder growth past
// each size class, Split/Join/Repeat/Fields, and the readers and writers
// a program over stdin uses (bufio.Scanner, bufio.Writer, text/tabwriter).
// Not here: %v of slices and structs and %+v, printed through reflection,
// whose B/op under gc varies by 1 from run to run of the same binary.
package stdcalls

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
)

type point struct{ X, Y int }

// reading is 16 bytes without pointers: boxing it is a small allocation,
// not a tiny one (tiny blocks make B/op depend on what ran before).
type reading struct{ celsius, humidity float64 }

func (r reading) String() string {
	if r.celsius > 20 {
		return "warm (above twenty degrees)"
	}
	return "cold (twenty degrees or below)"
}

var (
	small   = 200
	at256   = 256
	large   = 70000
	neg     = -5
	f64     = 2.718281828
	word    = "gopher"
	flag    = true
	r       = 'λ'
	pt      = point{1234567, 7654321}
	temp    = reading{21.5, 0.4}
	bs      = []byte("bytes")
	line    = "the quick  brown fox jumps over the lazy dog"
	parts   = []string{"a", "bb", "ccc", "dddd", "eeeee"}
	text    = strings.Repeat("alpha beta gamma\n", 50)
	n16     = 16
	n100    = 100
	sinkS   string
	sinkSS  []string
	sinkB   []byte
	sinkN   int
	sinkErr error
)

// warmFmt gets fmt's printer pool its per-P storage (sync.Pool allocates
// it again after the GC that testing runs before each benchmark).
func warmFmt(b *testing.B) {
	sinkS = fmt.Sprint("")
	fmt.Fprintln(io.Discard)
	b.ResetTimer()
}

func BenchmarkSprintfS(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%s", word)
	}
}

func BenchmarkSprintfQ(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%q", word)
	}
}

func BenchmarkSprintfX(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%x", large)
	}
}

func BenchmarkSprintfXBytes(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%x", bs)
	}
}

func BenchmarkSprintfF(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%.3f", f64)
	}
}

func BenchmarkSprintfG(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%g", f64)
	}
}

func BenchmarkSprintfE(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%e", f64)
	}
}

func BenchmarkSprintfT(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%t", flag)
	}
}

func BenchmarkSprintfC(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%c", r)
	}
}

func BenchmarkSprintfWidth(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%-10s|%8d|%08.3f", word, large, f64)
	}
}

func BenchmarkSprintfStringer(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%v", temp)
	}
}

func BenchmarkSprintfType(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		sinkS = fmt.Sprintf("%T", pt)
	}
}

func BenchmarkFprintlnSmallInt(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		fmt.Fprintln(io.Discard, small)
	}
}

func BenchmarkFprintlnInt256(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		fmt.Fprintln(io.Discard, at256)
	}
}

func BenchmarkFprintlnLargeInt(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		fmt.Fprintln(io.Discard, large)
	}
}

func BenchmarkFprintlnNegative(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		fmt.Fprintln(io.Discard, neg)
	}
}

func BenchmarkFprintfMixed(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		fmt.Fprintf(io.Discard, "%s %d %v\n", word, large, f64)
	}
}

func BenchmarkBufferGrowth(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		for j := 0; j < 100; j++ {
			buf.WriteString(word)
		}
		sinkB = buf.Bytes()
	}
}

func BenchmarkBufferGrow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		buf.Grow(600)
		for j := 0; j < 100; j++ {
			buf.WriteString(word)
		}
		sinkB = buf.Bytes()
	}
}

func BenchmarkBufferSmallLocal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		buf.WriteString(word)
		buf.WriteByte('!')
		sinkN += buf.Len()
	}
}

func BenchmarkBufferString(b *testing.B) {
	for i := 0; i < b.N; i++ {
		buf := bytes.NewBufferString(word)
		buf.WriteString(word)
		sinkS = buf.String()
	}
}

func BenchmarkBuilderGrowth16(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var sb strings.Builder
		for j := 0; j < n16; j++ {
			sb.WriteString(word)
		}
		sinkS = sb.String()
	}
}

func BenchmarkBuilderGrowth100(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var sb strings.Builder
		for j := 0; j < n100; j++ {
			sb.WriteString(word)
			sb.WriteByte(' ')
		}
		sinkS = sb.String()
	}
}

func BenchmarkSplitN(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkSS = strings.SplitN(line, " ", 3)
	}
}

func BenchmarkFieldsLong(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkSS = strings.Fields(line)
	}
}

func BenchmarkJoinFive(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.Join(parts, ", ")
	}
}

func BenchmarkRepeatLarge(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.Repeat(word, n100)
	}
}

func BenchmarkToLowerNoop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkS = strings.ToLower(line)
	}
}

func BenchmarkScannerLines(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sc := bufio.NewScanner(strings.NewReader(text))
		n := 0
		for sc.Scan() {
			n += len(sc.Bytes())
		}
		sinkN += n
	}
}

func BenchmarkScannerWordsText(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sc := bufio.NewScanner(strings.NewReader(text))
		sc.Split(bufio.ScanWords)
		n := 0
		for sc.Scan() {
			n += len(sc.Text())
		}
		sinkN += n
	}
}

func BenchmarkBufioWriter(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		w := bufio.NewWriter(io.Discard)
		for j := 0; j < 10; j++ {
			fmt.Fprintf(w, "%d %s\n", j, word)
		}
		sinkErr = w.Flush()
	}
}

func BenchmarkTabwriter(b *testing.B) {
	warmFmt(b)
	for i := 0; i < b.N; i++ {
		w := tabwriter.NewWriter(io.Discard, 0, 8, 1, ' ', 0)
		for j := 0; j < 5; j++ {
			fmt.Fprintf(w, "%s\t%d\t%v\n", parts[j], j, f64)
		}
		sinkErr = w.Flush()
	}
}

func BenchmarkParseFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		f, err := strconv.ParseFloat("2.718281828", 64)
		sinkN += int(f)
		sinkErr = err
	}
}
