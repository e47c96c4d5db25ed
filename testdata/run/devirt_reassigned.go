// An interface variable first holding A and later a value of unknown type
// (received, returned by a call, from a select case or a range) must call
// the method of the value it holds, not A's.
package main

type I interface{ M() string }

type A struct{}
type B struct{}

func (A) M() string { return "A" }
func (B) M() string { return "B" }

func newI() I { return B{} }

func main() {
	ch := make(chan I, 4)

	i := I(A{})
	ch <- B{}
	i = <-ch
	println(i.M())

	j := I(A{})
	ch <- B{}
	select {
	case j = <-ch:
	}
	println(j.M())

	k := I(A{})
	ch <- B{}
	var ok bool
	k, ok = <-ch
	println(k.M(), ok)

	l := I(A{})
	l = newI()
	println(l.M())

	m := I(A{})
	for _, m = range []I{B{}} {
	}
	println(m.M())

	var n I = A{}
	defer func() { println(n.M()) }()
	n = newI()
}
