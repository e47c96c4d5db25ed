// once.go — Once, OnceFunc (sync/once.go, sync/oncefunc.go).  OnceValue
// and OnceValues are generic, which tgo does not compile; they are left out.
// gc inlines Once.Do and OnceFunc into their callers, so both have Go's
// shape: Do tests an atomic.Bool, OnceFunc keeps its state in a struct
// variable that its closures capture.

package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.  A Once must not
// be copied after first use.
type Once struct {
	_ noCopy

	done atomic.Bool
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once.  No call to Do returns until the one call to f has returned;
// if f panics, Do considers it returned and future calls do not call f.
func (o *Once) Do(f func()) {
	if !o.done.Load() {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done.Load() {
		defer o.done.Store(true)
		f()
	}
}

// OnceFunc returns a function that invokes f only once.  If f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	d := struct {
		f     func()
		once  Once
		valid bool
		p     any
	}{
		f: f,
	}
	return func() {
		d.once.Do(func() {
			defer func() {
				d.f = nil // f is not needed any more: let it go
				d.p = recover()
				if !d.valid {
					panic(d.p) // f panicked: so does this call
				}
			}()
			d.f()
			d.valid = true // reached only when f returned
		})
		if !d.valid {
			panic(d.p)
		}
	}
}
