// atomic.Value: Load, Store, Swap, CompareAndSwap and the panics for nil and inconsistent types.
package main

import "sync/atomic"

type config struct {
	name string
	n    int
}

func try(name string, f func()) {
	defer func() {
		println(name+":", recover().(string))
	}()
	f()
}

func main() {
	var v atomic.Value
	println(v.Load() == nil)
	v.Store(config{"a", 1})
	c := v.Load().(config)
	println(c.name, c.n)
	old := v.Swap(config{"b", 2})
	println(old.(config).name, v.Load().(config).name)
	println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}), v.CompareAndSwap(config{"b", 2}, config{"c", 3}))
	println(v.Load().(config).name)
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("string") })
	try("swap nil", func() { v.Swap(nil) })
	try("swap other type", func() { v.Swap(42) })
	try("cas nil", func() { v.CompareAndSwap(config{}, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, config{}) })
	try("cas other type", func() { v.CompareAndSwap(nil, 5) })
	var e atomic.Value
	println(e.CompareAndSwap(nil, 10), e.Load().(int))
	var s atomic.Value
	println(s.Swap(1.5) == nil, s.Load().(float64))
}
