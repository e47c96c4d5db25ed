package strings

import "io"

// A Replacer replaces a list of strings with replacements, safely for use
// by several goroutines.  Matches are tried in the order of the target
// string without overlapping; at one position the pairs are compared in
// argument order and the first one that matches wins.
type Replacer struct {
	once   onceFlag // guards buildOnce
	r      replacer
	oldnew []string
}

// onceFlag runs a function once, as sync.Once does (tgo runs goroutines
// on one thread, one at a time).
type onceFlag struct {
	done bool
}

func (o *onceFlag) Do(f func()) {
	if !o.done {
		o.doSlow(f)
	}
}

// onceRunning holds the flag whose function is running.  Storing o here
// makes it escape, as sync.Once's mutex makes a Once escape in Go, so that
// a Replacer is allocated where Go allocates it.
var onceRunning *onceFlag

func (o *onceFlag) doSlow(f func()) {
	onceRunning = o
	defer o.markDone()
	f()
}

func (o *onceFlag) markDone() {
	o.done = true
	onceRunning = nil
}

// replacer is the algorithm a Replacer uses: one of four, chosen by the
// shape of the pairs as Go chooses them.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a Replacer for the pairs old, new, ...; it panics
// for an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (b *Replacer) buildOnce() {
	b.r = b.choose()
	b.oldnew = nil
}

func (b *Replacer) choose() replacer {
	oldnew := b.oldnew
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return &singleStringReplacer{finder: makeStringFinder(oldnew[0]), value: oldnew[1]}
	}
	allNewBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return makeGenericReplacer(oldnew)
		}
		if len(oldnew[i+1]) != 1 {
			allNewBytes = false
		}
	}
	if allNewBytes {
		r := byteReplacer{}
		for i := range r {
			r[i] = byte(i)
		}
		// Earlier pairs take precedence: apply them last.
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			r[oldnew[i][0]] = oldnew[i+1][0]
		}
		return &r
	}
	r := byteStringReplacer{toReplace: make([]string, 0, len(oldnew)/2)}
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		o := oldnew[i][0]
		if r.replacements[o] == nil {
			r.toReplace = append(r.toReplace, string([]byte{o}))
		}
		r.replacements[o] = []byte(oldnew[i+1])
	}
	return &r
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.once.Do(r.buildOnce)
	return r.r.Replace(s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(r.buildOnce)
	return r.r.WriteString(w, s)
}

// ---- the generic algorithm: a trie of the old strings -------------------

// A trieNode is a node of a lookup trie of prioritized keys.  A node with
// a prefix has one child, next, reached by matching the whole prefix; a
// node with a table has one child per byte (through the replacer's byte
// mapping).  priority > 0 marks the end of a key; higher priorities come
// from earlier pairs.
type trieNode struct {
	value    string
	priority int
	prefix   string
	next     *trieNode
	table    []*trieNode
}

func (t *trieNode) add(key, val string, priority int, r *genericReplacer) {
	if key == "" {
		if t.priority == 0 {
			t.value = val
			t.priority = priority
		}
		return
	}
	switch {
	case t.prefix != "":
		// Split the prefix where key departs from it.
		n := 0
		for n < len(t.prefix) && n < len(key) && t.prefix[n] == key[n] {
			n++
		}
		switch {
		case n == len(t.prefix):
			t.next.add(key[n:], val, priority, r)
		case n == 0:
			// No common prefix: this node becomes a table node.
			var prefixNode *trieNode
			if len(t.prefix) == 1 {
				prefixNode = t.next
			} else {
				prefixNode = &trieNode{prefix: t.prefix[1:], next: t.next}
			}
			keyNode := new(trieNode)
			t.table = make([]*trieNode, r.tableSize)
			t.table[r.mapping[t.prefix[0]]] = prefixNode
			t.table[r.mapping[key[0]]] = keyNode
			t.prefix = ""
			t.next = nil
			keyNode.add(key[1:], val, priority, r)
		default:
			next := &trieNode{prefix: t.prefix[n:], next: t.next}
			t.prefix = t.prefix[:n]
			t.next = next
			next.add(key[n:], val, priority, r)
		}
	case t.table != nil:
		m := r.mapping[key[0]]
		if t.table[m] == nil {
			t.table[m] = new(trieNode)
		}
		t.table[m].add(key[1:], val, priority, r)
	default:
		t.prefix = key
		t.next = new(trieNode)
		t.next.add("", val, priority, r)
	}
}

type genericReplacer struct {
	root trieNode
	// tableSize is the number of distinct bytes in the old strings;
	// mapping maps those bytes to 0..tableSize-1 and the others to
	// tableSize.
	tableSize int
	mapping   [256]byte
}

func makeGenericReplacer(oldnew []string) *genericReplacer {
	r := new(genericReplacer)
	for i := 0; i < len(oldnew); i += 2 {
		key := oldnew[i]
		for j := 0; j < len(key); j++ {
			r.mapping[key[j]] = 1
		}
	}
	for _, used := range r.mapping {
		r.tableSize += int(used)
	}
	var index byte
	for i, used := range r.mapping {
		if used == 0 {
			r.mapping[i] = byte(r.tableSize)
		} else {
			r.mapping[i] = index
			index++
		}
	}
	r.root.table = make([]*trieNode, r.tableSize)
	for i := 0; i < len(oldnew); i += 2 {
		r.root.add(oldnew[i], oldnew[i+1], len(oldnew)-i, r)
	}
	return r
}

// lookup returns the replacement of the highest-priority key that is a
// prefix of s, its length, and whether there is one; ignoreRoot skips
// the empty key.
func (r *genericReplacer) lookup(s string, ignoreRoot bool) (val string, keylen int, found bool) {
	best := 0
	node := &r.root
	n := 0
	for node != nil {
		if node.priority > best && !(ignoreRoot && node == &r.root) {
			best = node.priority
			val = node.value
			keylen = n
			found = true
		}
		if s == "" {
			break
		}
		if node.table != nil {
			index := r.mapping[s[0]]
			if int(index) == r.tableSize {
				break
			}
			node = node.table[index]
			s = s[1:]
			n++
		} else if node.prefix != "" && HasPrefix(s, node.prefix) {
			n += len(node.prefix)
			s = s[len(node.prefix):]
			node = node.next
		} else {
			break
		}
	}
	return
}

// appendSliceWriter is a Writer appending to a byte slice.
type appendSliceWriter []byte

func (w *appendSliceWriter) Write(p []byte) (int, error) {
	*w = append(*w, p...)
	return len(p), nil
}

func (w *appendSliceWriter) WriteString(s string) (int, error) {
	*w = append(*w, s...)
	return len(s), nil
}

// stringWriter gives a plain Writer a WriteString method.
type stringWriter struct {
	w io.Writer
}

func (w stringWriter) WriteString(s string) (int, error) {
	return w.w.Write([]byte(s))
}

func getStringWriter(w io.Writer) io.StringWriter {
	sw, ok := w.(io.StringWriter)
	if !ok {
		sw = stringWriter{w}
	}
	return sw
}

func (r *genericReplacer) Replace(s string) string {
	buf := make(appendSliceWriter, 0, len(s))
	r.WriteString(&buf, s)
	return string(buf)
}

func (r *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	var last, wn int
	var prevMatchEmpty bool
	for i := 0; i <= len(s); {
		// Skip bytes that cannot start a key (unless the empty key
		// matches everywhere).
		if i != len(s) && r.root.priority == 0 {
			index := int(r.mapping[s[i]])
			if index == r.tableSize || r.root.table[index] == nil {
				i++
				continue
			}
		}
		// An empty match right after another empty match is skipped.
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			wn, err = sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return
			}
			wn, err = sw.WriteString(val)
			n += wn
			if err != nil {
				return
			}
			i += keylen
			last = i
			continue
		}
		i++
	}
	if last != len(s) {
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return
}

// ---- one old string of two or more bytes ---------------------------------

type singleStringReplacer struct {
	finder *stringFinder
	value  string
}

// A stringFinder finds a pattern by Boyer-Moore search.
type stringFinder struct {
	pattern string
	// badCharSkip[b] is how far the pattern may move when text byte b
	// does not match: the distance from b's last place in the pattern
	// (before its final byte) to the end, or the pattern's length.
	badCharSkip [256]int
	// goodSuffixSkip[i] is how far to move when pattern[i+1:] matched
	// and pattern[i] did not: to the next place the matched suffix (or a
	// prefix that is a suffix of it) appears.
	goodSuffixSkip []int
}

func makeStringFinder(pattern string) *stringFinder {
	f := &stringFinder{pattern: pattern, goodSuffixSkip: make([]int, len(pattern))}
	last := len(pattern) - 1
	for i := range f.badCharSkip {
		f.badCharSkip[i] = len(pattern)
	}
	for i := 0; i < last; i++ {
		f.badCharSkip[pattern[i]] = last - i
	}
	// Suffixes that are also prefixes of the pattern.
	lastPrefix := last
	for i := last; i >= 0; i-- {
		if HasPrefix(pattern, pattern[i+1:]) {
			lastPrefix = i + 1
		}
		f.goodSuffixSkip[i] = lastPrefix + last - i
	}
	// Suffixes that occur elsewhere in the pattern.
	for i := 0; i < last; i++ {
		n := commonSuffixLen(pattern, pattern[1:i+1])
		if pattern[i-n] != pattern[last-n] {
			f.goodSuffixSkip[last-n] = n + last - i
		}
	}
	return f
}

func commonSuffixLen(a, b string) (i int) {
	for ; i < len(a) && i < len(b); i++ {
		if a[len(a)-1-i] != b[len(b)-1-i] {
			break
		}
	}
	return
}

// next returns the index of the first match in text, or -1.
func (f *stringFinder) next(text string) int {
	i := len(f.pattern) - 1
	for i < len(text) {
		j := len(f.pattern) - 1
		for j >= 0 && text[i] == f.pattern[j] {
			i--
			j--
		}
		if j < 0 {
			return i + 1
		}
		i += max(f.badCharSkip[text[i]], f.goodSuffixSkip[j])
	}
	return -1
}

func (r *singleStringReplacer) Replace(s string) string {
	var buf Builder
	i, matched := 0, false
	for {
		match := r.finder.next(s[i:])
		if match == -1 {
			break
		}
		matched = true
		buf.Grow(match + len(r.value))
		buf.WriteString(s[i : i+match])
		buf.WriteString(r.value)
		i += match + len(r.finder.pattern)
	}
	if !matched {
		return s
	}
	buf.WriteString(s[i:])
	return buf.String()
}

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	var i, wn int
	for {
		match := r.finder.next(s[i:])
		if match == -1 {
			break
		}
		wn, err = sw.WriteString(s[i : i+match])
		n += wn
		if err != nil {
			return
		}
		wn, err = sw.WriteString(r.value)
		n += wn
		if err != nil {
			return
		}
		i += match + len(r.finder.pattern)
	}
	wn, err = sw.WriteString(s[i:])
	n += wn
	return
}

// ---- single bytes replaced by single bytes ---------------------------------

type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string {
	var buf []byte // allocated at the first change
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r[b] != b {
			if buf == nil {
				buf = []byte(s)
			}
			buf[i] = r[b]
		}
	}
	if buf == nil {
		return s
	}
	return string(buf)
}

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r[b] == b {
			continue
		}
		if last != i {
			wn, err := sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		nw, err := w.Write(r[b : int(b)+1])
		n += nw
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		nw, err := sw.WriteString(s[last:])
		n += nw
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// ---- single bytes replaced by strings ------------------------------------

type byteStringReplacer struct {
	// replacements[b] replaces b; nil means b stays.
	replacements [256][]byte
	// toReplace lists the bytes to replace, as strings, for Count.
	toReplace []string
}

// countCutOff: counting with Count pays for strings at least this many
// times longer than the number of bytes to replace.
const countCutOff = 8

func (r *byteStringReplacer) Replace(s string) string {
	newSize := len(s)
	anyChanges := false
	if len(r.toReplace)*countCutOff <= len(s) {
		for _, x := range r.toReplace {
			if c := Count(s, x); c != 0 {
				newSize += c * (len(r.replacements[x[0]]) - 1)
				anyChanges = true
			}
		}
	} else {
		for i := 0; i < len(s); i++ {
			if rep := r.replacements[s[i]]; rep != nil {
				newSize += len(rep) - 1
				anyChanges = true
			}
		}
	}
	if !anyChanges {
		return s
	}
	buf := make([]byte, newSize)
	j := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if rep := r.replacements[b]; rep != nil {
			j += copy(buf[j:], rep)
		} else {
			buf[j] = b
			j++
		}
	}
	return string(buf)
}

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := getStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r.replacements[b] == nil {
			continue
		}
		if last != i {
			nw, err := sw.WriteString(s[last:i])
			n += nw
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		nw, err := w.Write(r.replacements[b])
		n += nw
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		var nw int
		nw, err = sw.WriteString(s[last:])
		n += nw
	}
	return
}
