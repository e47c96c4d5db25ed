// A larger program: text statistics over a string constant (words, letters, bigrams, line lengths), sorted output.
package main

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way - in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only. Café déjà vu: naïve coöperation, 42 times!`

type WordCount struct {
	word  string
	count int
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c >= '0' && c <= '9'
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isWordByte(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b := make([]byte, i-start)
			for j := range b {
				b[j] = lower(s[start+j])
			}
			out = append(out, string(b))
			start = -1
		}
	}
	return out
}

func lines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// sortCounts orders by count descending, then word ascending (a merge sort).
func sortCounts(a []WordCount) []WordCount {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := sortCounts(append([]WordCount(nil), a[:mid]...))
	r := sortCounts(append([]WordCount(nil), a[mid:]...))
	out := make([]WordCount, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0].count > r[0].count || l[0].count == r[0].count && l[0].word <= r[0].word {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func pad(s string, n int) string {
	for len([]rune(s)) < n {
		s += " "
	}
	return s
}

func bar(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '#'
	}
	return string(b)
}

func main() {
	ws := words(text)
	println("words:", len(ws))
	counts := map[string]int{}
	totalLen := 0
	longest := ""
	for _, w := range ws {
		counts[w]++
		totalLen += len([]rune(w))
		if len([]rune(w)) > len([]rune(longest)) || len([]rune(w)) == len([]rune(longest)) && w < longest {
			longest = w
		}
	}
	println("distinct:", len(counts))
	println("average length x100:", totalLen*100/len(ws))
	println("longest:", longest)

	var wc []WordCount
	for w, c := range counts {
		wc = append(wc, WordCount{w, c})
	}
	wc = sortCounts(wc)
	println("top words:")
	for _, e := range wc[:8] {
		println(" ", pad(e.word, 8), e.count, bar(e.count))
	}
	singles := 0
	for _, e := range wc {
		if e.count == 1 {
			singles++
		}
	}
	println("hapax legomena:", singles)

	var letters [26]int
	nonASCII := map[rune]int{}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z':
			letters[r-'a']++
		case r >= 'A' && r <= 'Z':
			letters[r-'A']++
		case r >= 0x80:
			nonASCII[r]++
		}
	}
	print("letters:")
	for i, n := range letters {
		if n >= 20 {
			print(" ", string(rune('a'+i)), "=", n)
		}
	}
	println()
	var nr []rune
	for r := range nonASCII {
		nr = append(nr, r)
	}
	for i := 1; i < len(nr); i++ {
		for j := i; j > 0 && nr[j] < nr[j-1]; j-- {
			nr[j], nr[j-1] = nr[j-1], nr[j]
		}
	}
	print("non-ascii:")
	for _, r := range nr {
		print(" ", string(r), "(", r, ")x", nonASCII[r])
	}
	println()

	bigrams := map[[2]string]int{}
	for i := 0; i+1 < len(ws); i++ {
		bigrams[[2]string{ws[i], ws[i+1]}]++
	}
	best, bestN := [2]string{}, 0
	for k, n := range bigrams {
		if n > bestN || n == bestN && (k[0] < best[0] || k[0] == best[0] && k[1] < best[1]) {
			best, bestN = k, n
		}
	}
	println("top bigram:", best[0], best[1], bestN)

	ls := lines(text)
	println("lines:", len(ls))
	for i, l := range ls {
		println(" ", i+1, len(l), len([]rune(l)), len(words(l)))
	}
	vowels := 0
	for i := 0; i < len(text); i++ {
		switch lower(text[i]) {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	println("ascii vowels:", vowels)

	hist := map[int]int{}
	maxLen := 0
	for _, w := range ws {
		n := len([]rune(w))
		hist[n]++
		maxLen = max(maxLen, n)
	}
	println("length histogram:")
	for n := 1; n <= maxLen; n++ {
		if hist[n] > 0 {
			println(" ", n, bar(hist[n]))
		}
	}
	sentences := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' || text[i] == '!' || text[i] == '?' {
			sentences++
		}
	}
	println("sentences:", sentences)
}
