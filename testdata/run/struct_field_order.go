// Fields of many types in one struct keep their own values (layout, alignment and padding).
package main

type Mixed struct {
	a bool
	b int64
	c int8
	d float32
	e uint16
	f string
	g byte
	h float64
	i int32
	j [3]byte
	k uintptr
}

func main() {
	var m Mixed
	m.a = true
	m.b = -1 << 40
	m.c = -7
	m.d = 1.25
	m.e = 65000
	m.f = "field"
	m.g = 'g'
	m.h = 2.5e-3
	m.i = -123456
	m.j[1] = 9
	m.k = 77
	println(m.a, m.b, m.c, m.d, m.e, m.f, m.g, m.h, m.i, m.j[0], m.j[1], m.j[2], m.k)
	n := m
	n.c++
	n.e++
	println(n.c, n.e, m == n)
}
