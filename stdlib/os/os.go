// Package os is the part of Go's os package that tgo provides: program
// arguments, exit, the environment, and files (Stdin, Stdout, Stderr,
// Open, Create, OpenFile, ReadFile, WriteFile, Remove, Mkdir) with Go's
// errors (*PathError, ErrNotExist, ...).  Writes are not buffered: every
// Write is a write(2).  It stands on package syscall, whose calls are
// implemented by the C runtime.
package os

import "syscall"

// Args holds the command-line arguments, starting with the program name.
// The runtime fills it at start-up (runtime/start.c).
var Args []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.  Code 0 means success.
// (Not inlined, like Go's, so that -m output reads the same.)
//
//go:noinline
func Exit(code int) {
	syscall.Exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int {
	return syscall.Getpid()
}
