// pool.go — Pool (sync/pool.go) for one processor.
//
// A pool has a primary cache (a private slot and a shared LIFO) and a
// victim cache.  Put fills the private slot, then the shared list; Get
// takes the private slot, then the newest shared item, then the victim's
// private slot and its oldest shared item, and finally calls New.  Each
// garbage collection moves the primary cache to the victim and drops the
// old victim, so an unused item survives one collection and is gone after
// two.  Go does this at the start of every collection; tgo does it when the
// pool is next used, one step per collection since its last use (gcCount),
// which gives the same results.

package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.  Any item stored in the Pool may be removed automatically at
// any time without notification.  A Pool must not be copied after first
// use.
type Pool struct {
	noCopy noCopy

	local   *poolLocal
	victim  *poolLocal
	gcCount uint32

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

type poolLocal struct {
	private any
	shared  []any // pushed and popped at the end ("head"), stolen from the front ("tail")
}

// age applies the collections that happened since the pool was last used.
func (p *Pool) age() {
	n := gcCount()
	if n == p.gcCount {
		return
	}
	if n-p.gcCount >= 2 {
		p.victim = nil
	} else {
		p.victim = p.local
	}
	p.local = nil
	p.gcCount = n
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.age()
	if p.local == nil {
		p.local = &poolLocal{}
	}
	l := p.local
	if l.private == nil {
		l.private = x
	} else {
		l.shared = append(l.shared, x)
	}
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.  If Get would otherwise return nil and
// p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	p.age()
	var x any
	if l := p.local; l != nil {
		x = l.private
		l.private = nil
		if x == nil {
			x = l.popHead()
		}
	}
	if x == nil {
		x = p.getVictim()
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

func (p *Pool) getVictim() any {
	l := p.victim
	if l == nil {
		return nil
	}
	if x := l.private; x != nil {
		l.private = nil
		return x
	}
	if x := l.popTail(); x != nil {
		return x
	}
	p.victim = nil
	return nil
}

func (l *poolLocal) popHead() any {
	n := len(l.shared)
	if n == 0 {
		return nil
	}
	x := l.shared[n-1]
	l.shared[n-1] = nil
	l.shared = l.shared[:n-1]
	return x
}

func (l *poolLocal) popTail() any {
	if len(l.shared) == 0 {
		return nil
	}
	x := l.shared[0]
	l.shared[0] = nil
	l.shared = l.shared[1:]
	return x
}
