// Package io provides the basic interfaces to I/O primitives (Reader,
// Writer and their relatives), the errors they report, and helpers that
// work on any implementation: Copy, ReadAll, ReadFull, WriteString,
// Discard, LimitReader, TeeReader, MultiReader, MultiWriter, NopCloser.
// Behaviour, error texts and allocation pattern follow Go's io package.
package io

import "errors"

// Seek whence values.
const (
	SeekStart   = 0 // relative to the origin of the file
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// ErrShortWrite: a write accepted fewer bytes than requested without an
// error.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite: a Write returned an impossible count.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer: a read needed a longer buffer than was provided.
var ErrShortBuffer = errors.New("short buffer")

// EOF is returned by Read when no more input is available.  Functions
// return EOF itself (never a wrapped EOF) for a graceful end of input.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF means EOF was met in the middle of a fixed-size block
// or structure.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress is returned by some clients of a Reader when many calls
// to Read have returned neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error used for read or write operations on a
// closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Reader reads up to len(p) bytes into p and returns how many it read
// (0 <= n <= len(p)) and any error; at the end of the input it returns
// n >= 0 with EOF.  Callers should use the n bytes before considering err.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer writes len(p) bytes from p; it returns a non-nil error when it
// writes fewer.  It must not modify or retain p.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is implemented by what can be closed.
type Closer interface {
	Close() error
}

// Seeker sets the offset of the next Read or Write.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom reads from r until EOF or an error (used by Copy).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo writes its data to w (used by Copy).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads len(p) bytes at offset off.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes len(p) bytes at offset off.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader reads one byte.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner adds UnreadByte to ByteReader.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded character.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner adds UnreadRune to RuneReader.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, with w's WriteString method if it has one,
// else with a single Write.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until at least min bytes are in.  The error
// is EOF only if nothing was read, ErrUnexpectedEOF if EOF came after some
// but fewer than min bytes, ErrShortBuffer if buf is shorter than min.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

// ReadFull reads exactly len(buf) bytes (see ReadAtLeast for the errors).
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes, or until an error, from src to dst.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF // src ended early
	}
	return
}

// Copy copies from src to dst until EOF (not reported as an error) or an
// error.  It uses src.WriteTo or dst.ReadFrom when available.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy staging through buf (allocated if nil; it panics if
// buf is empty but not nil).
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if l, ok := src.(*LimitedReader); ok && int64(size) > l.N {
			if l.N < 1 {
				size = 1
			} else {
				size = int(l.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				err = werr
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if rerr != nil {
			if rerr != EOF {
				err = rerr
			}
			break
		}
	}
	return written, err
}

// LimitReader returns a Reader that reads from r and stops with EOF after
// n bytes.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads at most N more bytes from R.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

// TeeReader returns a Reader that writes to w everything it reads from r.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{r, w}
}

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

// sinkBuf is where discard.ReadFrom reads into (Go keeps such buffers in a
// sync.Pool; one is enough for a single-threaded program).
var sinkBuf []byte

func (discard) ReadFrom(r Reader) (n int64, err error) {
	if sinkBuf == nil {
		sinkBuf = make([]byte, 8192)
	}
	for {
		k, rerr := r.Read(sinkBuf)
		n += int64(k)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// NopCloser wraps r in a ReadCloser whose Close does nothing.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

// ReadAll reads from r until EOF (not reported) or an error, and returns
// the data.  Like Go, it reads into chunks of growing size and copies them
// into one slice of the right size at the end.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	next := 256
	chunks := make([][]byte, 0, 4)
	total := 0 // bytes in chunks
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			if len(chunks) == 0 {
				return b, err
			}
			total += len(b)
			out := append([]byte(nil), make([]byte, total)...)[:0]
			for _, c := range chunks {
				out = append(out, c...)
			}
			out = append(out, b...)
			return out, err
		}
		if cap(b)-len(b) < cap(b)/16 {
			// this chunk is full enough: start a bigger one
			chunks = append(chunks, b)
			total += len(b)
			b = append([]byte(nil), make([]byte, next)...)[:0]
			next += next / 2
		}
	}
}
