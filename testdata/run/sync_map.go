// sync.Map: Store, Load, LoadOrStore, LoadAndDelete, Delete, Swap, CompareAndSwap, CompareAndDelete, Range, Clear.
package main

import (
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i, i*i)
		}()
	}
	wg.Wait()
	v, ok := m.Load(3)
	println(v.(int), ok)
	_, ok = m.Load(42)
	println(ok)
	a, loaded := m.LoadOrStore(3, 100)
	println(a.(int), loaded)
	a, loaded = m.LoadOrStore("new", "value")
	println(a.(string), loaded)
	d, loaded := m.LoadAndDelete("new")
	println(d.(string), loaded)
	m.Delete(9)
	p, loaded := m.Swap(1, -1)
	println(p.(int), loaded)
	println(m.CompareAndSwap(1, -1, 11), m.CompareAndSwap(1, -1, 12))
	println(m.CompareAndDelete(2, 5), m.CompareAndDelete(2, 4))
	var keys []int
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		sum += v.(int)
		return true
	})
	sort.Ints(keys)
	for _, k := range keys {
		print(k, " ")
	}
	println()
	println(sum)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return count < 3
	})
	println(count)
	m.Clear()
	_, ok = m.Load(3)
	println(ok)
}
