// Pointers to structs: p.f is (*p).f, pointer parameters share the struct, &T{} literals.
package main

type Counter struct {
	name  string
	count int
}

func inc(c *Counter) {
	c.count++
}

func reset(c Counter) {
	c.count = 0
}

func newCounter(name string) *Counter {
	return &Counter{name: name}
}

func main() {
	c := Counter{"clicks", 0}
	inc(&c)
	inc(&c)
	reset(c)
	println(c.name, c.count)
	p := newCounter("views")
	for i := 0; i < 5; i++ {
		inc(p)
	}
	println(p.name, p.count, (*p).count)
	q := p
	q.count = 100
	println(p.count)
}
