// once.go — Once, OnceFunc (sync/once.go, sync/oncefunc.go).  OnceValue
// and OnceValues are generic, which tgo does not compile; they are left out.

package sync

// Once is an object that will perform exactly one action.  A Once must not
// be copied after first use.
type Once struct {
	_    noCopy
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once.  No call to Do returns until the one call to f has returned;
// if f panics, Do considers it returned and future calls do not call f.
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() {
	o.done = 1
}

// OnceFunc returns a function that invokes f only once.  If f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	d := &onceFunc{f: f}
	return func() {
		d.once.Do(d.run)
		if !d.valid {
			panic(d.p)
		}
	}
}

type onceFunc struct {
	f     func()
	once  Once
	valid bool
	p     any
}

func (d *onceFunc) run() {
	defer d.finish()
	d.f()
	d.valid = true
}

func (d *onceFunc) finish() {
	d.f = nil
	d.p = recover()
	if !d.valid {
		panic(d.p)
	}
}
