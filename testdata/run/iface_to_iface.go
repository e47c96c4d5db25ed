// Converting between interface types: implicit widening, assertion to a larger interface, method sets.
package main

type Named interface{ Name() string }
type Aged interface{ Age() int }
type Person interface {
	Named
	Aged
}

type human struct {
	n string
	a int
}

func (h human) Name() string { return h.n }
func (h human) Age() int     { return h.a }

type robot struct{ id string }

func (r robot) Name() string { return "robot-" + r.id }

func main() {
	var p Person = human{"ann", 30}
	var n Named = p
	println(n.Name())
	if pp, ok := n.(Person); ok {
		println("person", pp.Age())
	}
	n = robot{"x1"}
	if _, ok := n.(Person); !ok {
		println(n.Name(), "is not a person")
	}
	if a, ok := n.(Aged); ok {
		println("aged?", a.Age())
	} else {
		println("not aged")
	}
	var e any = p
	nn := e.(Named)
	println(nn.Name())
	list := []Named{human{"bob", 5}, robot{"r2"}}
	ages := 0
	for _, x := range list {
		if a, ok := x.(Aged); ok {
			ages += a.Age()
		}
	}
	println(ages)
}
