package errors

import "unsafe"

// Join returns an error wrapping the non-nil errs (nil if there are
// none).  Its message is theirs, one per line; it unwraps to them through
// Unwrap() []error.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	// The bytes become the string without a copy.
	return *(*string)(unsafe.Pointer(&b))
}

func (e *joinError) Unwrap() []error { return e.errs }
