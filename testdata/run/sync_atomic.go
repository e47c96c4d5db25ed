// sync/atomic: the Add, Load, Store, Swap, CompareAndSwap, And, Or functions and the typed values.
package main

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg.Wait()
	println(atomic.LoadInt64(&n))
	var u32 uint32 = 10
	dec := atomic.AddUint32(&u32, ^uint32(0))
	swapped := atomic.SwapUint32(&u32, 7)
	println(dec, swapped, u32)
	cas1 := atomic.CompareAndSwapUint32(&u32, 6, 1)
	cas2 := atomic.CompareAndSwapUint32(&u32, 7, 1)
	println(cas1, cas2, u32)
	var i32 int32
	atomic.StoreInt32(&i32, -5)
	loaded := atomic.LoadInt32(&i32)
	println(loaded, atomic.AddInt32(&i32, 5))
	var u64 uint64 = 0xf0
	and := atomic.AndUint64(&u64, 0x3c)
	afterAnd := u64
	or := atomic.OrUint64(&u64, 1)
	println(and, afterAnd, or, u64)
	var up uintptr = 3
	println(atomic.AddUintptr(&up, 4), atomic.LoadUintptr(&up))
	x, y := 1, 2
	p := unsafe.Pointer(&x)
	old := atomic.SwapPointer(&p, unsafe.Pointer(&y))
	println(*(*int)(old), *(*int)(atomic.LoadPointer(&p)))

	var c atomic.Int64
	var flag atomic.Bool
	var cnt atomic.Uint32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Add(int64(i))
			cnt.Add(1)
			flag.Store(true)
		}()
	}
	wg.Wait()
	println(c.Load(), cnt.Load(), flag.Load())
	sw := c.Swap(5)
	cs := c.CompareAndSwap(5, 6)
	println(sw, cs, c.Load())
	fcs := flag.CompareAndSwap(false, true)
	println(fcs, flag.Swap(false), flag.Load())
	var i3 atomic.Int32
	i3.Store(12)
	a3 := i3.And(10)
	o3 := i3.Or(1)
	println(a3, o3, i3.Load())
	var u atomic.Uint64
	u.Store(1 << 40)
	l := u.Load()
	println(l, u.Add(1))
	var ptr atomic.Uintptr
	p0 := ptr.Load()
	pc := ptr.CompareAndSwap(0, 9)
	println(p0, pc, ptr.Load())
	println(unsafe.Sizeof(c), unsafe.Sizeof(flag), unsafe.Sizeof(i3))
}
