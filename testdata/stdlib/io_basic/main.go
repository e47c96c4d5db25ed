// io_basic: io's helpers over small readers and writers — Copy (with and
// without WriterTo/ReaderFrom), CopyN, CopyBuffer, ReadAll (chunk sizes,
// capacities), ReadFull/ReadAtLeast errors, LimitReader, TeeReader,
// MultiReader, MultiWriter, WriteString, Discard, NopCloser.
package main

import (
	"errors"
	"fmt"
	"io"
)

// chunkReader returns its data n bytes at a time, then EOF (optionally
// with the last data).
type chunkReader struct {
	data    []byte
	n       int
	eofLast bool
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.data) {
		k = len(r.data)
	}
	copy(p, r.data[:k])
	r.data = r.data[k:]
	if r.eofLast && len(r.data) == 0 {
		return k, io.EOF
	}
	return k, nil
}

// wtReader has a WriteTo method, which Copy prefers.
type wtReader struct{ s string }

func (r *wtReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func (r *wtReader) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, r.s)
	r.s = r.s[n:]
	return int64(n), err
}

type errReader struct{ err error }

func (r errReader) Read(p []byte) (int, error) { return 0, r.err }

// sliceWriter collects what is written.
type sliceWriter struct{ b []byte }

func (w *sliceWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type badWriter struct{ n int }

func (w badWriter) Write(p []byte) (int, error) {
	if w.n < 0 {
		return -1, nil
	}
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

func data(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + i%26)
	}
	return b
}

func main() {
	for _, n := range []int{0, 1, 100, 511, 512, 513, 1000, 5000, 100000} {
		for _, chunk := range []int{1, 7, 512, 4096} {
			if n > 10000 && chunk < 100 {
				continue
			}
			for _, eofLast := range []bool{false, true} {
				b, err := io.ReadAll(&chunkReader{data(n), chunk, eofLast})
				fmt.Println("ReadAll", n, chunk, eofLast, len(b), cap(b), err, string(b) == string(data(n)))
			}
		}
	}
	b, err := io.ReadAll(errReader{errors.New("boom")})
	fmt.Println(len(b), cap(b), err)

	var w sliceWriter
	n, err := io.Copy(&w, &chunkReader{data(70000), 3000, false})
	fmt.Println("Copy", n, err, len(w.b))
	n, err = io.Copy(&w, &wtReader{"hello"})
	fmt.Println("Copy WriterTo", n, err)
	n, err = io.Copy(badWriter{3}, &chunkReader{data(10), 10, false})
	fmt.Println("Copy short", n, err)
	n, err = io.Copy(badWriter{-1}, &chunkReader{data(10), 10, false})
	fmt.Println("Copy invalid", n, err)
	n, err = io.Copy(&w, errReader{io.ErrClosedPipe})
	fmt.Println("Copy err", n, err)
	n, err = io.CopyN(&w, &chunkReader{data(100), 7, false}, 50)
	fmt.Println("CopyN", n, err)
	n, err = io.CopyN(&w, &chunkReader{data(10), 7, false}, 50)
	fmt.Println("CopyN short", n, err)
	n, err = io.CopyBuffer(&w, &chunkReader{data(100), 7, false}, make([]byte, 5))
	fmt.Println("CopyBuffer", n, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&w, &chunkReader{data(1), 1, false}, make([]byte, 0))
	}()

	buf := make([]byte, 10)
	k, err := io.ReadFull(&chunkReader{data(25), 3, false}, buf)
	fmt.Println("ReadFull", k, err, string(buf))
	k, err = io.ReadFull(&chunkReader{data(5), 3, false}, buf)
	fmt.Println("ReadFull short", k, err)
	k, err = io.ReadFull(&chunkReader{nil, 3, false}, buf)
	fmt.Println("ReadFull empty", k, err)
	k, err = io.ReadAtLeast(&chunkReader{data(25), 3, false}, buf, 4)
	fmt.Println("ReadAtLeast", k, err)
	k, err = io.ReadAtLeast(&chunkReader{data(25), 3, false}, buf, 11)
	fmt.Println("ReadAtLeast long", k, err)
	k, err = io.ReadFull(&chunkReader{data(10), 10, true}, buf)
	fmt.Println("ReadFull eofLast", k, err)

	lr := io.LimitReader(&chunkReader{data(30), 8, false}, 20)
	b, err = io.ReadAll(lr)
	fmt.Println("Limit", string(b), err)
	var tw sliceWriter
	tr := io.TeeReader(&chunkReader{data(12), 5, false}, &tw)
	b, err = io.ReadAll(tr)
	fmt.Println("Tee", string(b), string(tw.b), err)
	mr := io.MultiReader(&chunkReader{data(3), 2, false}, &chunkReader{nil, 1, false}, &chunkReader{data(4), 4, true})
	b, err = io.ReadAll(mr)
	fmt.Println("Multi", string(b), err)
	var w1, w2 sliceWriter
	mw := io.MultiWriter(&w1, io.MultiWriter(&w2, io.Discard))
	io.WriteString(mw, "multi")
	mw.Write([]byte("!"))
	fmt.Println("MultiWriter", string(w1.b), string(w2.b))
	k, err = io.MultiWriter(&w1, badWriter{2}).Write([]byte("abcd"))
	fmt.Println("MultiWriter short", k, err)
	k, err = io.WriteString(&w1, "ws")
	fmt.Println("WriteString", k, err)
	k, err = io.Discard.Write(data(100))
	fmt.Println("Discard", k, err)
	n, err = io.Copy(io.Discard, &chunkReader{data(20000), 999, false})
	fmt.Println("Discard ReadFrom", n, err)
	rc := io.NopCloser(&wtReader{"x"})
	fmt.Println("NopCloser", rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println("NopCloser WriterTo", isWT)
	_, isWT = io.NopCloser(&chunkReader{}).(io.WriterTo)
	fmt.Println("NopCloser plain", isWT)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
