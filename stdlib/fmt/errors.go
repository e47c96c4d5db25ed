package fmt

import "errors"

// Errorf formats according to format and returns the text as an error.
// An operand of a %w directive (it must be an error) is wrapped: with one
// %w the result's Unwrap() error returns it, with several Unwrap() []error
// returns them in argument order.  Otherwise %w is %v.
func Errorf(format string, a ...any) (err error) {
	// (shaped like Go's, so that it is inlined like Go's)
	if err = errorf(format, a...); err != nil {
		return err
	}
	// nothing to format: the format is the message
	return errors.New(format)
}

// errorf is Errorf, or nil when there is nothing to format.
func errorf(format string, a ...any) error {
	if len(a) == 0 && indexPercent(format) < 0 {
		return nil
	}
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	var err error
	switch len(p.wrappedErrs) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErrs[0]].(error)
		err = w
	default:
		if p.reordered {
			sortInts(p.wrappedErrs)
		}
		var errs []error
		for i, argNum := range p.wrappedErrs {
			if i > 0 && p.wrappedErrs[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	p.free()
	return err
}

func indexPercent(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			return i
		}
	}
	return -1
}

// sortInts sorts a short list of argument numbers (insertion sort).
func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
