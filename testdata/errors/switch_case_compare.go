// A switch on a func, map or slice value may only have nil cases; a switch without tag compares
// its cases with the typed constant true.  A defined pointer type has no methods.
package main

type S struct{ n int }

func (S) M() {}

type P *S

func main() {
	a := []int{1}
	switch a {
	case nil:
	case a: // ERROR "invalid case a in switch on a \(slice can only be compared to nil\)"
	}
	f := func() {}
	switch f {
	case nil, f: // ERROR "invalid case f in switch on f \(func can only be compared to nil\)"
	}
	var s string
	switch {
	case s: // ERROR "invalid case s in switch on true \(mismatched types string and bool\)"
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	}
	var p P = &S{}
	p.n = 1
	p.M() // ERROR "p.M undefined \(type P has no field or method M\)"
}
