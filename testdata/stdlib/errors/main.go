// Package main checks package errors: New, Is, As, Unwrap, Join, their
// panics, and the allocations of New, Is, As and Join.
package main

import (
	"errors"
	"fmt"
	"testing"
)

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }

type matcher struct{ code int }

func (m matcher) Error() string { return "matcher" }
func (m matcher) Is(target error) bool {
	c, ok := target.(codeErr)
	return ok && int(c) == m.code
}

type asser struct{}

func (asser) Error() string { return "asser" }
func (asser) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = 77
		return true
	}
	return false
}

type sliceErr []int // not comparable

func (sliceErr) Error() string { return "slice" }

type valErr struct{ a, b int }

func (v valErr) Error() string { return fmt.Sprint("val ", v.a, v.b) }

type iface interface {
	error
	Extra() int
}

type extra struct{}

func (extra) Error() string { return "extra" }
func (extra) Extra() int    { return 5 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	base := errors.New("base")
	other := errors.New("base")
	w1 := &wrapper{"one", base}
	w2 := &wrapper{"two", w1}
	j := errors.Join(nil, w2, nil, codeErr(3), matcher{9})
	fmt.Println(base, base == other, errors.Is(base, other), errors.Is(base, base))
	fmt.Println(w2, errors.Unwrap(w2) == w1, errors.Unwrap(errors.Unwrap(w2)) == base, errors.Unwrap(base) == nil)
	fmt.Println(errors.Is(w2, base), errors.Is(w2, other), errors.Is(nil, nil), errors.Is(nil, base), errors.Is(base, nil))
	fmt.Printf("%q %v\n", j.Error(), errors.Unwrap(j) == nil)
	fmt.Println(errors.Is(j, base), errors.Is(j, codeErr(3)), errors.Is(j, codeErr(4)), errors.Is(j, codeErr(9)))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil, errors.Join(base).Error())
	fmt.Println(errors.Is(multi{[]error{nil, w1}}, base), errors.Is(sliceErr{1}, sliceErr{1}), errors.Is(valErr{1, 2}, valErr{1, 2}))
	fmt.Println(errors.ErrUnsupported, errors.Is(&wrapper{"x", errors.ErrUnsupported}, errors.ErrUnsupported))

	var c codeErr
	fmt.Println(errors.As(w2, &c), c)
	fmt.Println(errors.As(j, &c), c)
	c = 0
	fmt.Println(errors.As(&wrapper{"a", asser{}}, &c), c)
	var w *wrapper
	fmt.Println(errors.As(j, &w), w == w2)
	var ie iface
	fmt.Println(errors.As(&wrapper{"e", extra{}}, &ie), ie)
	fmt.Println(errors.As(w2, &ie), ie)
	var e error
	fmt.Println(errors.As(w2, &e), e == error(w2))
	var v valErr
	fmt.Println(errors.As(multi{[]error{nil, valErr{4, 5}}}, &v), v)
	var a any
	fmt.Println(errors.As(base, &a), a == any(base))
	fmt.Println(errors.As(nil, &c))

	try("As nil target", func() { errors.As(base, nil) })
	try("As non-pointer", func() { errors.As(base, c) })
	try("As nil pointer", func() { errors.As(base, (*codeErr)(nil)) })
	try("As bad type", func() { var i int; errors.As(base, &i) })

	// allocations
	fmt.Println("New", testing.AllocsPerRun(100, func() { _ = errors.New("x") }))
	fmt.Println("Is", testing.AllocsPerRun(100, func() { _ = errors.Is(w2, base) }))
	fmt.Println("As", testing.AllocsPerRun(100, func() { _ = errors.As(w2, &c) }))
	fmt.Println("Join", testing.AllocsPerRun(100, func() { _ = errors.Join(base, w1) }))
	fmt.Println("Join.Error", testing.AllocsPerRun(100, func() { _ = j.Error() }))
	fmt.Println("Unwrap", testing.AllocsPerRun(100, func() { _ = errors.Unwrap(w2) }))
}
