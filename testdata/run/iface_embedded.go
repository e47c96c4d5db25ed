// Interfaces embedding interfaces: the combined method set, and assigning a bigger interface to a smaller one.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Close() bool
}

type file struct {
	data   string
	closed bool
}

func (f *file) Read() string        { return f.data }
func (f *file) Write(s string) int  { f.data += s; return len(s) }
func (f *file) Close() bool         { f.closed = true; return true }

func main() {
	f := &file{}
	var rwc ReadWriteCloser = f
	rwc.Write("hello")
	var rw ReadWriter = rwc
	rw.Write(" world")
	var r Reader = rw
	println(r.Read())
	var w Writer = rwc
	println(w.Write("!"), f.data)
	println(rwc.Close(), f.closed)
	back, ok := r.(ReadWriteCloser)
	println(ok, back.Read())
}
