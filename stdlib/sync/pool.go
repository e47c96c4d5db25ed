// pool.go — Pool (sync/pool.go) for one processor.
//
// A pool has a primary cache (a private slot and a shared chain of ring
// buffers) and a victim cache.  Put fills the private slot, then pushes
// on the shared chain's head; Get takes the private slot, then pops the
// shared head, then steals from the shared tail (gc's getSlow: with one P
// that is the pool's own chain), then the victim's private slot and its
// shared tail, and finally calls New.  Each garbage collection moves the
// primary cache to the victim and drops the old victim, so an unused item
// survives one collection and is gone after two.  Go does this at the
// start of every collection; tgo does it when the pool is next used, one
// step per collection since its last use (gcCount), which gives the same
// results.
//
// The allocations are gc's, so that allocs/op and B/op match: the first
// Get or Put after a collection allocates the per-P array (one 128-byte
// poolLocal per P; tgo has one P) and appends the pool to allPools (which
// each collection empties); the shared chain allocates a 48-byte element
// and a ring of 8 slots at its first push, and a ring twice as large each
// time the head ring is full.

package sync

import "unsafe"

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

type poolLocalInternal struct {
	private any
	shared  poolChain
}

// poolLocal is padded to 128 bytes, as gc's is (against false sharing).
type poolLocal struct {
	poolLocalInternal
	pad [128 - unsafe.Sizeof(poolLocalInternal{})%128]byte
}

// allPools holds the pools that allocated their per-P array since the
// last collection (gc's allPools, emptied by every collection); only its
// allocations matter to tgo.
var (
	allPools   []*Pool
	allPoolsGC uint32
)

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

// pin returns the pool's per-P storage, allocating it on the first use
// after a collection (gc's pinSlow).
func (p *Pool) pin() *poolLocal {
	p.age()
	if p.local == nil {
		if n := gcCount(); n != allPoolsGC {
			allPools = nil
			allPoolsGC = n
		}
		allPools = append(allPools, p)
		local := make([]poolLocal, 1)
		p.local = &local[0]
	}
	return p.local
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l := p.pin()
	if l.private == nil {
		l.private = x
	} else {
		l.shared.pushHead(x)
	}
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller.  If Get would otherwise return nil and
// p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	l := p.pin()
	x := l.private
	l.private = nil
	if x == nil {
		x = l.shared.popHead()
		if x == nil {
			x = p.getSlow()
		}
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// getSlow steals from the shared tail of the (one) primary cache, then
// takes from the victim cache.
func (p *Pool) getSlow() any {
	if x := p.local.shared.popTail(); x != nil {
		return x
	}
	l := p.victim
	if l == nil {
		return nil
	}
	if x := l.private; x != nil {
		l.private = nil
		return x
	}
	if x := l.shared.popTail(); x != nil {
		return x
	}
	p.victim = nil
	return nil
}

// poolChain is gc's chain of ring buffers: pushes and pops at the head
// ring, steals from the tail ring; each ring is twice as large as the one
// before it.
type poolChain struct {
	head *poolChainElt
	tail *poolChainElt
}

type poolChainElt struct {
	poolDequeue
	next, prev *poolChainElt
}

// poolDequeue is a ring of len(vals) slots holding the items from tail
// (the oldest) to head (exclusive), indexes counted modulo 2^32.
type poolDequeue struct {
	head, tail uint32
	vals       []any
}

const dequeueLimit = (1 << 32) / 4

func (d *poolDequeue) pushHead(val any) bool {
	if d.head-d.tail == uint32(len(d.vals)) {
		return false // full
	}
	d.vals[d.head&uint32(len(d.vals)-1)] = val
	d.head++
	return true
}

func (d *poolDequeue) popHead() any {
	if d.head == d.tail {
		return nil
	}
	d.head--
	slot := &d.vals[d.head&uint32(len(d.vals)-1)]
	val := *slot
	*slot = nil
	return val
}

func (d *poolDequeue) popTail() any {
	if d.head == d.tail {
		return nil
	}
	slot := &d.vals[d.tail&uint32(len(d.vals)-1)]
	val := *slot
	*slot = nil
	d.tail++
	return val
}

func (c *poolChain) pushHead(val any) {
	d := c.head
	if d == nil {
		const initSize = 8
		d = new(poolChainElt)
		d.vals = make([]any, initSize)
		c.head = d
		c.tail = d
	}
	if d.pushHead(val) {
		return
	}
	newSize := len(d.vals) * 2
	if newSize >= dequeueLimit {
		newSize = dequeueLimit
	}
	d2 := &poolChainElt{prev: d}
	d2.vals = make([]any, newSize)
	c.head = d2
	d.next = d2
	d2.pushHead(val)
}

func (c *poolChain) popHead() any {
	for d := c.head; d != nil; d = d.prev {
		if val := d.popHead(); val != nil {
			return val
		}
	}
	return nil
}

func (c *poolChain) popTail() any {
	d := c.tail
	if d == nil {
		return nil
	}
	for {
		d2 := d.next
		if val := d.popTail(); val != nil {
			return val
		}
		if d2 == nil {
			return nil
		}
		// the tail ring is drained: drop it from the chain
		c.tail = d2
		d2.prev = nil
		d = d2
	}
}
