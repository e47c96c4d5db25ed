// A string made by unsafe.String over a fresh make, returned and kept
// while more allocations follow: the bytes must live on the heap
// (tgo's escape analysis once missed the qualified unsafe builtins, so
// the make went on the stack and the strings read garbage).  The same
// through bufio.Reader.ReadString and ReadBytes over lines of all sizes.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"unsafe"
)

//go:noinline
func mk(n int, c byte) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = c + byte(i%26)
	}
	return unsafe.String(&out[0], n)
}

//go:noinline
func mkSlice(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = '0' + byte(i%10)
	}
	return unsafe.Slice(unsafe.SliceData(out), n)
}

func main() {
	var keep []string
	for n := 1; n <= 40; n += 3 {
		keep = append(keep, mk(n, 'a'))
	}
	b := mkSlice(12)
	for _, s := range keep {
		fmt.Println(len(s), s)
	}
	fmt.Printf("%s\n", b)

	var sb strings.Builder
	for i := 0; i < 30; i++ {
		sb.WriteString(strings.Repeat(string(rune('A'+i%26)), i*7))
		sb.WriteByte('\n')
	}
	r := bufio.NewReaderSize(strings.NewReader(sb.String()), 16)
	var lines []string
	var raw [][]byte
	for i := 0; ; i++ {
		var line string
		var err error
		if i%2 == 0 {
			line, err = r.ReadString('\n')
		} else {
			var bs []byte
			bs, err = r.ReadBytes('\n')
			raw = append(raw, bs)
			line = string(bs)
		}
		if line != "" {
			lines = append(lines, line)
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
	}
	for i, l := range lines {
		fmt.Printf("%2d %3d %.20q\n", i, len(l), l)
	}
	fmt.Println(len(raw), strings.Join(lines, "") == sb.String())
}
