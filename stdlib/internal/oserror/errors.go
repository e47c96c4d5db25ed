// Package oserror holds the errors that syscall, io/fs and os share
// (os.ErrNotExist is fs.ErrNotExist is oserror.ErrNotExist, and
// syscall.Errno.Is recognises them), as in Go.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
