// Package os is the part of Go's os package that tgo provides: program
// arguments and exit.  (The rest comes with the [stdlib] issue.)
package os

// Args holds the command-line arguments, starting with the program name.
var Args []string

// Exit causes the current program to exit with the given status code.
// Deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}

func runtime_exit(code int)
