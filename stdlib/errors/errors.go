// Package errors is tgo's errors: New, Is, As, Unwrap, Join and
// ErrUnsupported, with Go's semantics.  Is and As use the small reflection
// package internal/reflectlite, as Go's do.  (The generic AsType is not
// provided: tgo has no type parameters.)
package errors

// New returns an error whose Error method returns text.  Each call
// returns a distinct error, even for the same text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported indicates that an operation cannot be performed because
// it is not supported.
var ErrUnsupported = New("unsupported operation")
