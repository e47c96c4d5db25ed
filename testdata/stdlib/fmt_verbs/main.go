// fmt_verbs: every verb with combinations of flags, widths and precisions
// over values of the basic types (integers at their limits, runes, floats
// across magnitudes and the special values, complex numbers, strings with
// quotes, control characters and invalid UTF-8, byte slices, booleans,
// nil).  One line per value and verb: the results for every directive,
// separated by '|'.
package main

import (
	"fmt"
	"math"
	"os"
)

var verbs = []string{"v", "d", "b", "o", "O", "x", "X", "c", "q", "U", "s", "t",
	"e", "E", "f", "F", "g", "G", "T", "w", "z", "é"}

var flags = []string{"", "+", "-", "#", " ", "0", "+#", "-0", "0+", " #", "#0", "- ", "+ ", "-#0 +"}

var widths = []string{"", "1", "5", "12"}

var precs = []string{"", ".", ".0", ".1", ".3", ".12"}

type named int
type namedStr string
type namedF float64

func main() {
	values := []any{
		0, 1, -1, 7, 42, -42, 255, 256, 1000000, math.MaxInt64, math.MinInt64,
		int8(-128), int8(127), int16(-32768), int32(math.MaxInt32), int64(-1),
		uint(0), uint8(200), uint16(65535), uint32(math.MaxUint32), uint64(math.MaxUint64), uintptr(0xdeadbeef),
		'a', 'é', rune(0x1F600), rune(0x10FFFF), rune(0x110000), rune(-1), '\n', '\'', '"', rune(0xD800),
		0.0, math.Copysign(0, -1), 1.0, -1.0, 0.1, 2.5, 1e6, 1e21, 1e20, 1e-7, 1e-5, 123456789.0, 1.0 / 3,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1),
		float32(0.1), float32(1) / 3, float32(16777216), float32(math.MaxFloat32), float32(-2.5e-10),
		complex(1, 2), complex(-1.5, 0), complex(math.Inf(1), math.NaN()), complex64(complex(0.1, -0.2)),
		"", "hello", "Hello, 世界", "with \"quotes\" and 'apos'", "tab\there\nnewline", "\x00\x01\x7f",
		"\xff\xfe invalid", "`backquote`", "日本語テキスト", "a\u00a0b\u2028c", "\U0001F600 emoji",
		[]byte(nil), []byte{}, []byte("bytes\x00\xff"), []byte("日本"),
		true, false, nil,
		named(-5), namedStr("ns"), namedF(2.75),
	}
	var line []byte
	for vi, v := range values {
		for _, verb := range verbs {
			line = fmt.Appendf(line[:0], "%d %%%s %T:", vi, verb, v)
			for _, f := range flags {
				for _, w := range widths {
					for _, p := range precs {
						line = append(line, '|')
						line = append(line, fmt.Sprintf("%"+f+w+p+verb, v)...)
					}
				}
			}
			line = append(line, '\n')
			os.Stdout.Write(line)
		}
	}
	// star widths and precisions with the same values
	for vi, v := range values {
		for _, verb := range []string{"v", "d", "x", "s", "q", "g", "e", "f"} {
			line = fmt.Appendf(line[:0], "%d *%s:", vi, verb)
			for _, wp := range [][2]int{{0, 0}, {-8, 2}, {8, -2}, {3, 9}, {30, 1}} {
				line = fmt.Appendf(line, "|%*.*"+verb, wp[0], wp[1], v)
				line = fmt.Appendf(line, "|%-*"+verb, wp[0], v)
				line = fmt.Appendf(line, "|%.*"+verb, wp[1], v)
			}
			fmt.Println(string(line))
		}
	}
}
