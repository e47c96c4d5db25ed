// Shadowing promoted names: an outer field or method hides an embedded one of the same name.
package main

type Inner struct {
	X    int
	Name string
}

func (Inner) Who() string  { return "inner" }
func (Inner) Only() string { return "only-inner" }

type Outer struct {
	Inner
	X int
}

func (Outer) Who() string { return "outer" }

type Deep struct {
	Outer
	Name string
}

func main() {
	o := Outer{Inner{1, "in"}, 2}
	println(o.X, o.Inner.X, o.Who(), o.Inner.Who(), o.Only())
	o.X = 20
	println(o.X, o.Inner.X)
	d := Deep{o, "deep"}
	println(d.Name, d.Inner.Name, d.X, d.Who(), d.Outer.Inner.Who())
	type I interface{ Who() string }
	var i I = d
	println(i.Who())
	i = d.Inner
	println(i.Who())
}
