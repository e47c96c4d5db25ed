// Package fs is the part of Go's io/fs that os stands on: the portable
// file errors, PathError (os.PathError is an alias of it, so %T prints
// *fs.PathError as in Go) and FileMode.
package fs

import "internal/oserror"

// Portable errors, matched by errors.Is (syscall.Errno values match them
// too).
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// PathError records an error, the operation and the file path that
// caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode holds a file's type and permission bits.
type FileMode uint32

// Type bits, from the most significant bit down (their letters, in
// String, are "dalTLDpSugct?").
const (
	ModeDir FileMode = 1 << (32 - 1 - iota)
	ModeAppend
	ModeExclusive
	ModeTemporary
	ModeSymlink
	ModeDevice
	ModeNamedPipe
	ModeSocket
	ModeSetuid
	ModeSetgid
	ModeCharDevice
	ModeSticky
	ModeIrregular

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777
)

// String renders the mode like ls: type letters (or '-') then rwxrwxrwx.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var b [32]byte
	n := 0
	for i := 0; i < len(letters); i++ {
		if m&(1<<uint(31-i)) != 0 {
			b[n] = letters[i]
			n++
		}
	}
	if n == 0 {
		b[n] = '-'
		n++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(8-i)) != 0 {
			b[n] = rwx[i]
		} else {
			b[n] = '-'
		}
		n++
	}
	return string(b[:n])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool {
	return m&ModeDir != 0
}

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool {
	return m&ModeType == 0
}

// Perm returns the permission bits.
func (m FileMode) Perm() FileMode {
	return m & ModePerm
}

// Type returns the type bits.
func (m FileMode) Type() FileMode {
	return m & ModeType
}
