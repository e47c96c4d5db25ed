// errorcheck -0 -m -l

// Methods: receivers, method values and expressions, promoted methods,
// the wrappers gc generates for them, and interface method values.

package main

type Box struct {
	p *int
	n int
}

func (b Box) Get() *int     { return b.p } // ERROR "leaking param: b to result ~r0 level=0"
func (b *Box) PGet() *int   { return b.p } // ERROR "leaking param: b to result ~r0 level=1"
func (b *Box) Set(p *int)   { b.p = p } // ERROR "b does not escape" "leaking param: p"
func (b Box) Count() int    { return b.n } // ERROR "b does not escape"
func (b *Box) Keep(p *int)  { gbox = b; b.p = p } // ERROR "leaking param: b" "leaking param: p"
func (Box) Anon(p *int) int { return *p } // ERROR "p does not escape"

var gbox *Box
var gp *int

type Outer struct {
	Box
	name int
}

type POuter struct {
	*Box
}

type Getter interface {
	Get() *int
}

func valueMethodValue(b Box) func() *int { // ERROR "leaking param: b"
	return b.Get // ERROR "b\.Get escapes to heap"
}

func pointerMethodValue(b *Box) func() *int { // ERROR "leaking param: b"
	return b.PGet // ERROR "b\.PGet escapes to heap"
}

func addrMethodValue() func() *int {
	var b Box // ERROR "moved to heap: b"
	return b.PGet // ERROR "b\.PGet escapes to heap"
}

func localMethodValue(b Box) int { // ERROR "b does not escape"
	f := b.Count // ERROR "b\.Count does not escape"
	return f()
}

func methodExpr(b *Box, p *int) { // ERROR "b does not escape" "leaking param: p"
	(*Box).Set(b, p)
}

func methodExprValue(b Box) *int { // ERROR "leaking param: b to result ~r0 level=0"
	return Box.Get(b)
}

func promoted(o *Outer) *int { // ERROR "leaking param: o to result ~r0 level=1"
	return o.Get()
}

func promotedValue(o Outer) func() *int { // ERROR "leaking param: o"
	return o.Get // ERROR "o\.Box\.Get escapes to heap"
}

func promotedPtr(o POuter, p *int) { // ERROR "o does not escape" "leaking param: p"
	o.Set(p)
}

func keep() {
	var b Box // ERROR "moved to heap: b"
	x := 1 // ERROR "moved to heap: x"
	b.Keep(&x)
}

func ifaceMethodValue(g Getter) func() *int { // ERROR "leaking param: g"
	return g.Get // ERROR "g\.Get escapes to heap"
}

func viaIface(b Box) *int { // ERROR "leaking param: b to result ~r0 level=0"
	var g Getter = b // ERROR "b does not escape"
	return g.Get() // ERROR "devirtualizing g\.Get to Box"
}

func storeMethod(b *Box) { // ERROR "leaking param content: b"
	gp = b.PGet()
}

func main() {
	n := 1 // ERROR "moved to heap: n"
	b := Box{p: &n} // ERROR "moved to heap: b"
	_ = valueMethodValue(b)()
	_ = pointerMethodValue(&b)()
	_ = addrMethodValue()()
	println(localMethodValue(b), b.Anon(&n))
	methodExpr(&b, nil)
	_ = methodExprValue(b)
	_ = promoted(&Outer{}) // ERROR "&Outer\{\} does not escape"
	_ = promotedValue(Outer{})()
	promotedPtr(POuter{&b}, nil)
	keep()
	_ = ifaceMethodValue(b)() // ERROR "b escapes to heap"
	_ = viaIface(b)
	storeMethod(&b)
}
