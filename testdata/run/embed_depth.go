// Field selection picks the shallowest depth; embedded interfaces in structs forward their methods.
package main

type A struct{ V string }
type B struct{ V string }
type C struct{ A }

type Both struct {
	C
	B
}

type Speaker interface{ Speak() string }
type loud struct{}

func (loud) Speak() string { return "LOUD" }

type Wrapper struct {
	Speaker
	count int
}

func main() {
	x := Both{C{A{"from A"}}, B{"from B"}}
	println(x.V)
	println(x.C.V, x.A.V)
	w := Wrapper{loud{}, 0}
	println(w.Speak())
	var s Speaker = w
	println(s.Speak())
	w2 := Wrapper{Speaker: w}
	println(w2.Speak())
	var empty Wrapper
	println(empty.Speaker == nil)
}
