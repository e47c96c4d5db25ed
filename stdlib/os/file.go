package os

import (
	"io"
	"io/fs"
	"syscall"
	"unsafe"
)

// Flags of OpenFile: one of O_RDONLY, O_WRONLY, O_RDWR, or-ed with others.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Seek whence values (deprecated in Go in favour of io.SeekStart...).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// A FileMode holds a file's mode and permission bits.
type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// File is an open file descriptor.
type File struct {
	*file
}

// file is the real representation; the extra level keeps the *File that
// users hold stable and small.
type file struct {
	fd     int
	name   string
	closed bool
}

// Standard input, output and error.
var (
	Stdin  = NewFile(uintptr(syscall.Stdin), "/dev/stdin")
	Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")
	Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")
)

// NewFile returns a File for the descriptor fd, or nil if fd is invalid.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{&file{fd: int(fd), name: name}}
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor (^uintptr(0) when f is nil or closed).
//
//go:noinline
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// wrapErr puts an error of operation op in a *PathError (io.EOF stays as
// it is).
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := syscall.Read(f.fd, b)
	if n < 0 {
		n = 0
	}
	if e == nil && n == 0 {
		return 0, io.EOF
	}
	return n, f.wrapErr("read", e)
}

// Write writes all of b (looping over short writes) and returns the
// number of bytes written; an error when it is less than len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("write", ErrClosed)
	}
	var e error
	for n < len(b) {
		k, werr := syscall.Write(f.fd, b[n:])
		if werr != nil {
			e = werr
			break
		}
		if k == 0 {
			e = io.ErrUnexpectedEOF
			break
		}
		n += k
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

// WriteString is Write of the bytes of s (without copying them).
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// Seek sets the offset for the next Read or Write.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return f.file.close()
}

func (file *file) close() error {
	if file.closed {
		return &PathError{Op: "close", Path: file.name, Err: ErrClosed}
	}
	file.closed = true
	if e := syscall.Close(file.fd); e != nil {
		return &PathError{Op: "close", Path: file.name, Err: e}
	}
	return nil
}

// size returns the file's size as fstat reports it (0 if unknown).
func (f *File) size() int64 {
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) != nil {
		return 0
	}
	return st.Size
}

// syscallMode converts a FileMode to open(2)/mkdir(2) mode bits.
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and,
// when it creates it, permissions perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
	if e != nil {
		return nil, &PathError{Op: "open", Path: name, Err: e}
	}
	return NewFile(uintptr(fd), name), nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file (mode 0666 before umask) and
// opens it for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the contents of the named file; reaching the end is not
// an error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	// the size fstat reports, plus one byte for the read that sees EOF;
	// at least 512 bytes (files of /proc report 0)
	st := f.size()
	size := 0
	if int64(int(st)) == st {
		size = int(st)
	}
	size++
	const minRead = 512
	if size < minRead {
		size = minRead
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		room := cap(data) - len(data)
		if room == 0 || (st == 0 && room < minRead) {
			// make room for minRead bytes (slices.Grow)
			data = append(data[:cap(data)], make([]byte, minRead-room)...)[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with permissions
// perm if needed, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	e := syscall.Unlink(name)
	if e == nil {
		return nil
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return nil
	}
	// rmdir of a file says ENOTDIR: then unlink's error is the real one
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Mkdir creates a directory with permissions perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if e := syscall.Mkdir(name, syscallMode(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}
