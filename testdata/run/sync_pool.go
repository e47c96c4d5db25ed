// Pool: Put and Get reuse items, New fills in when empty; a collection moves items to the victim cache, two drop them.
// gcstress: skip (a sync.Pool is emptied by every collection: what Get returns depends on when they run)
package main

import (
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1) // one P: the pool's per-P caches are deterministic
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return "new"
	}}
	println(p.Get().(string), made)
	p.Put("a")
	p.Put("b")
	p.Put("c")
	println(p.Get().(string), p.Get().(string), p.Get().(string), p.Get().(string), made)
	p.Put("kept")
	runtime.GC()
	println("after one GC:", p.Get().(string))
	p.Put("dropped")
	runtime.GC()
	runtime.GC()
	println("after two GCs:", p.Get().(string))
	p.Put("x")
	p.Put("y")
	p.Put("z")
	runtime.GC()
	println(p.Get().(string), p.Get().(string), p.Get().(string), p.Get().(string))
	var empty sync.Pool
	println(empty.Get() == nil)
	empty.Put(nil)
	println(empty.Get() == nil)
	type buf struct{ b []byte }
	bp := sync.Pool{New: func() any { return &buf{make([]byte, 0, 64)} }}
	b1 := bp.Get().(*buf)
	b1.b = append(b1.b, "hello"...)
	bp.Put(b1)
	b2 := bp.Get().(*buf)
	println(b1 == b2, string(b2.b), cap(b2.b))
}
