// bufio_basic: Scanner (lines with and without a final newline, CRLF,
// words, runes with invalid UTF-8, bytes, custom split functions, token
// too long, Buffer, ErrFinalToken), Reader (ReadString, ReadBytes,
// ReadLine with long lines, ReadRune/UnreadRune, Peek, Discard, small
// reads) and Writer (buffering, Flush, WriteRune, errors).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// chunkReader returns its data n bytes at a time.
type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

type sliceWriter struct {
	b      []byte
	writes int
}

func (w *sliceWriter) Write(p []byte) (int, error) {
	w.writes++
	w.b = append(w.b, p...)
	return len(p), nil
}

type failWriter struct{ after int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.after {
		n := w.after
		w.after = 0
		return n, errors.New("disk full")
	}
	w.after -= len(p)
	return len(p), nil
}

func scan(label string, in string, chunk int, split bufio.SplitFunc) {
	s := bufio.NewScanner(&chunkReader{in, chunk})
	if split != nil {
		s.Split(split)
	}
	fmt.Printf("%s:", label)
	for s.Scan() {
		fmt.Printf(" %q", s.Text())
	}
	fmt.Printf(" err=%v\n", s.Err())
}

func main() {
	inputs := []string{"", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\n", "one two  three\n\tfour\u00a0five\u2003six ",
		"héllo\xffwörld\xe2\x82", "x\ry"}
	for _, in := range inputs {
		for _, chunk := range []int{1, 3, 100} {
			scan(fmt.Sprintf("lines %q/%d", in, chunk), in, chunk, nil)
			scan(fmt.Sprintf("words %q/%d", in, chunk), in, chunk, bufio.ScanWords)
			scan(fmt.Sprintf("runes %q/%d", in, chunk), in, chunk, bufio.ScanRunes)
			scan(fmt.Sprintf("bytes %q/%d", in, chunk), in, chunk, bufio.ScanBytes)
		}
	}
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
	scan("commas", "a,b,,c", 2, commas)
	bad := func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil }
	scan("negative", "abc", 2, bad)
	far := func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil }
	scan("toofar", "abc", 2, far)
	failing := func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("split failed") }
	scan("fails", "abc", 2, failing)

	long := make([]byte, 70000)
	for i := range long {
		long[i] = 'x'
	}
	s := bufio.NewScanner(&chunkReader{string(long) + "\nshort\n", 5000})
	for s.Scan() {
		fmt.Println("token", len(s.Bytes()))
	}
	fmt.Println("long:", s.Err())
	s = bufio.NewScanner(&chunkReader{string(long) + "\nshort\n", 5000})
	s.Buffer(make([]byte, 100), 100000)
	for s.Scan() {
		fmt.Println("token", len(s.Bytes()))
	}
	fmt.Println("buffer:", s.Err())
	s = bufio.NewScanner(&chunkReader{"abcdefghij\nk\n", 3})
	s.Buffer(make([]byte, 0, 4), 8)
	for s.Scan() {
		fmt.Println("token", s.Text())
	}
	fmt.Println("small max:", s.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.Buffer(nil, 10)
	}()

	// Reader
	r := bufio.NewReaderSize(&chunkReader{"line one\nline two\r\nlast", 4}, 16)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", line, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(&chunkReader{"a very long line that does not fit\r\nnext\n", 5}, 16)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReaderSize(&chunkReader{"0123456789abcdefghijklmnopqrstuvwxyz", 7}, 16)
	b, err := r.ReadBytes('z')
	fmt.Printf("ReadBytes %q %v\n", b, err)
	r = bufio.NewReader(&chunkReader{"héllo, 世界\xff!", 2})
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end", err)
			break
		}
		fmt.Printf("%q/%d ", c, size)
	}
	fmt.Println(r.UnreadRune(), r.UnreadByte())
	r = bufio.NewReaderSize(&chunkReader{"peekaboo and more", 3}, 16)
	p, err := r.Peek(4)
	fmt.Printf("Peek %q %v\n", p, err)
	p, err = r.Peek(20)
	fmt.Printf("Peek %q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	d, err := r.Discard(5)
	fmt.Println("Discard", d, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	c2, _, _ := r.ReadRune()
	fmt.Println(string(c2), r.UnreadRune(), r.UnreadRune())
	rest, err := io.ReadAll(r)
	fmt.Printf("rest %q %v\n", rest, err)
	d, err = r.Discard(3)
	fmt.Println("Discard at end", d, err)
	buf := make([]byte, 100)
	r = bufio.NewReaderSize(&chunkReader{"direct read of a large buffer", 8}, 16)
	n, err := r.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	fmt.Println(r.Size(), bufio.NewReader(r) == r, bufio.NewReaderSize(r, 1000) == r)
	var sw sliceWriter
	r = bufio.NewReaderSize(&chunkReader{"copy me via WriteTo", 4}, 16)
	m, err := r.WriteTo(&sw)
	fmt.Printf("WriteTo %d %v %q\n", m, err, sw.b)

	// Writer
	sw = sliceWriter{}
	w := bufio.NewWriterSize(&sw, 8)
	w.WriteString("abc")
	fmt.Println(w.Buffered(), w.Available(), sw.writes)
	w.WriteString("defghijkl")
	fmt.Println(w.Buffered(), w.Available(), sw.writes, string(sw.b))
	w.WriteRune('世')
	w.WriteRune('x')
	w.WriteByte('!')
	w.Write([]byte("a long write that bypasses the buffer"))
	fmt.Println(w.Buffered(), sw.writes)
	fmt.Println(w.Flush(), string(sw.b), sw.writes, w.Size())
	fw := bufio.NewWriterSize(&failWriter{5}, 4)
	n, err = fw.WriteString("123456789")
	fmt.Println(n, err)
	fmt.Println(fw.Flush(), fw.WriteByte('x'))
	n, err = fw.Write([]byte("more"))
	fmt.Println(n, err)
	fw.Reset(&sw)
	fmt.Println(fw.WriteByte('z'), fw.Flush())
	var rw = bufio.NewReadWriter(bufio.NewReader(&chunkReader{"rw", 1}), bufio.NewWriter(&sw))
	line, err := rw.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rw.WriteString("end")
	rw.Flush()
	fmt.Println(string(sw.b))
	sw = sliceWriter{}
	w = bufio.NewWriter(&sw)
	m, err = w.ReadFrom(&chunkReader{"read from a reader", 5})
	fmt.Println(m, err, w.Buffered(), string(sw.b))
	w.Flush()
	fmt.Println(string(sw.b), len(w.AvailableBuffer()), cap(w.AvailableBuffer()))
}
