// Error wrapping written by hand: an Unwrap method, walking the chain and comparing with sentinels.
package main

import "errors"

var ErrDisk = errors.New("disk full")

type wrapErr struct {
	msg string
	err error
}

func (w *wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapErr) Unwrap() error { return w.err }

type unwrapper interface{ Unwrap() error }

func is(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		u, ok := err.(unwrapper)
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

func save() error  { return &wrapErr{"save", ErrDisk} }
func flush() error { return &wrapErr{"flush", save()} }

func main() {
	err := flush()
	println(err.Error())
	println(is(err, ErrDisk), is(err, errors.New("disk full")), is(nil, ErrDisk))
	depth := 0
	for e := err; e != nil; {
		depth++
		if u, ok := e.(unwrapper); ok {
			e = u.Unwrap()
		} else {
			e = nil
		}
	}
	println("depth", depth)
}
