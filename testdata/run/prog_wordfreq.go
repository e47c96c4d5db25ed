// Word frequencies of standard input: bufio.Scanner over os.Stdin (lines,
// then words), strings.Fields/ToLower/TrimFunc, unicode, a map, sort.Slice,
// fmt widths, a length histogram and a bufio.Writer for the report.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type entry struct {
	word  string
	count int
}

type stats struct {
	lines, words, chars, bytes int
	blank                      int
	longest                    string
	lengths                    map[int]int
	firstSeen                  map[string]int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	w = strings.ToLower(w)
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	return w
}

func main() {
	counts := make(map[string]int)
	st := stats{lengths: map[int]int{}, firstSeen: map[string]int{}}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		st.lines++
		st.bytes += len(line) + 1
		st.chars += utf8.RuneCountInString(line)
		if strings.TrimSpace(line) == "" {
			st.blank++
			continue
		}
		for _, raw := range strings.Fields(line) {
			// split hyphenated words and dashes
			for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '-' || r == '—' || r == '/' }) {
				w := normalize(part)
				if w == "" {
					continue
				}
				st.words++
				if _, ok := counts[w]; !ok {
					st.firstSeen[w] = st.lines
				}
				counts[w]++
				n := utf8.RuneCountInString(w)
				st.lengths[n]++
				if n > utf8.RuneCountInString(st.longest) || (n == utf8.RuneCountInString(st.longest) && w < st.longest) {
					st.longest = w
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wordfreq:", err)
		os.Exit(1)
	}

	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})

	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "lines: %d (%d blank), words: %d, unique: %d, runes: %d, bytes: %d\n",
		st.lines, st.blank, st.words, len(counts), st.chars, st.bytes)
	fmt.Fprintf(out, "longest word: %q (%d runes)\n", st.longest, utf8.RuneCountInString(st.longest))
	if st.words > 0 {
		total := 0
		for n, c := range st.lengths {
			total += n * c
		}
		fmt.Fprintf(out, "average word length: %.3f\n", float64(total)/float64(st.words))
	}
	fmt.Fprintln(out)
	fmt.Fprintf(out, "%4s  %-16s %6s %7s %6s\n", "rank", "word", "count", "share", "first")
	fmt.Fprintln(out, strings.Repeat("-", 44))
	top := 40
	if len(entries) < top {
		top = len(entries)
	}
	cum := 0
	for i, e := range entries[:top] {
		cum += e.count
		fmt.Fprintf(out, "%4d. %-16s %6d %6.2f%% %6d\n", i+1, e.word, e.count,
			100*float64(e.count)/float64(st.words), st.firstSeen[e.word])
	}
	fmt.Fprintf(out, "top %d words cover %.1f%% of the text\n\n", top, 100*float64(cum)/float64(st.words))

	// words that occur once, in alphabetical order, wrapped at 72 columns
	var once []string
	for _, e := range entries {
		if e.count == 1 {
			once = append(once, e.word)
		}
	}
	sort.Strings(once)
	fmt.Fprintf(out, "hapax legomena (%d):\n", len(once))
	col := 0
	for _, w := range once {
		n := utf8.RuneCountInString(w)
		if col > 0 && col+1+n > 72 {
			fmt.Fprintln(out)
			col = 0
		}
		if col > 0 {
			out.WriteByte(' ')
			col++
		}
		out.WriteString(w)
		col += n
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out)

	// histogram of word lengths
	var lens []int
	maxc := 0
	for n, c := range st.lengths {
		lens = append(lens, n)
		maxc = max(maxc, c)
	}
	sort.Ints(lens)
	fmt.Fprintln(out, "word lengths:")
	for _, n := range lens {
		c := st.lengths[n]
		bar := strings.Repeat("#", (c*50+maxc-1)/maxc)
		fmt.Fprintf(out, "%3d %5d %s\n", n, c, bar)
	}

	// letters, case-folded, by frequency
	letters := map[rune]int{}
	for w, c := range counts {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters[unicode.ToUpper(r)] += c
			}
		}
	}
	type lc struct {
		r rune
		n int
	}
	var ls []lc
	for r, n := range letters {
		ls = append(ls, lc{r, n})
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].r < ls[j].r })
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].n > ls[j].n })
	fmt.Fprintln(out, "\nletters:")
	for i, x := range ls {
		fmt.Fprintf(out, "%c=%-5d", x.r, x.n)
		if i%8 == 7 {
			fmt.Fprintln(out)
		}
	}
	fmt.Fprintln(out)
}
