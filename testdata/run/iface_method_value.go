// Method values from interface values bind the dynamic value at evaluation time.
package main

type Greeter interface{ Greet() string }
type En struct{ name string }
type Fr struct{ name string }

func (e En) Greet() string  { return "hello " + e.name }
func (f *Fr) Greet() string { return "bonjour " + f.name }

func main() {
	var g Greeter = En{"ann"}
	f := g.Greet
	g = &Fr{"luc"}
	println(f(), g.Greet())
	fr := &Fr{"zoe"}
	g = fr
	h := g.Greet
	fr.name = "max"
	println(h())
	fs := []func() string{}
	for _, x := range []Greeter{En{"a"}, &Fr{"b"}} {
		fs = append(fs, x.Greet)
	}
	for _, fn := range fs {
		println(fn())
	}
}
