// Method values bind their receiver when evaluated: value receivers copy it, pointer receivers share it.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Name string

func (n Name) Greet(s string) string { return s + ", " + string(n) }

func main() {
	c := Counter{5}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	println(c.n, get(), c.Get())
	p := &c
	getp := p.Get
	c.n = 100
	println(getp(), p.Get())
	n := Name("bob")
	greet := n.Greet
	n = "alice"
	println(greet("hi"), n.Greet("yo"))
	fs := []func(){c.Inc, p.Inc}
	for _, f := range fs {
		f()
	}
	println(c.n)
	var g func() int = Counter{7}.Get
	println(g())
}
