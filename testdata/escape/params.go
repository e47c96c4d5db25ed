// errorcheck -0 -m -l

// Parameter leak summaries: leaking param, leaking param content,
// leaking to results with levels, and how callers use them.

package main

type T struct {
	p  *int
	pp **int
	s  []*int
}

var gp *int
var gpp **int
var gt T

func noEscape(p *int) int { // ERROR "p does not escape"
	return *p
}

func leakHeap(p *int) { // ERROR "leaking param: p"
	gp = p
}

func leakContent(pp **int) { // ERROR "leaking param content: pp"
	gp = *pp
}

func leakContent2(ppp ***int) { // ERROR "leaking param content: ppp"
	gp = **ppp
}

func toResult(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return p
}

func toResultLevel1(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1"
	return *pp
}

func toNamedResult(p *int) (r *int) { // ERROR "leaking param: p to result r level=0"
	r = p
	return
}

func twoResults(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0" "leaking param: q to result ~r0 level=0"
	return q, p
}

func fieldLeak(t T) *int { // ERROR "leaking param: t to result ~r0 level=0"
	return t.p
}

func fieldPtrLeak(t *T) *int { // ERROR "leaking param: t to result ~r0 level=1"
	return t.p
}

func fieldStore(t *T, p *int) { // ERROR "t does not escape" "leaking param: p"
	t.p = p
}

func sliceParam(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1"
	return s[0]
}

func sliceParamHeap(s []*int) { // ERROR "leaking param content: s"
	gp = s[1]
}

func both(p *int) *int { // ERROR "leaking param: p"
	gp = p
	return p
}

func contentAndResult(pp **int) *int { // ERROR "leaking param content: pp"
	gp = *pp
	return *pp
}

func scalars(a int, b string, c float64) int { // ERROR "b does not escape"
	return a + len(b) + int(c)
}

func unnamed(*int, int) {}

func blank(_ *int) {}

func stringParam(s string) string { // ERROR "leaking param: s to result ~r0 level=0"
	return s
}

func stringHeap(s string) { // ERROR "leaking param: s"
	sink = s // ERROR "s escapes to heap"
}

var sink interface{}

func mutate(p *int) { // ERROR "p does not escape"
	*p = 3
}

func recv(t *T) { // ERROR "t does not escape"
	t.p = nil
}

func (t *T) method() *int { // ERROR "leaking param: t to result ~r0 level=1"
	return t.p
}

func (t T) valueMethod() **int { // ERROR "leaking param: t to result ~r0 level=0"
	return t.pp
}

func (t *T) store(p *int) { // ERROR "t does not escape" "leaking param: p"
	t.p = p
}

func callers() {
	a, b, c, d, e := 1, 2, 3, 4, 5 // ERROR "moved to heap: b" "moved to heap: c" "moved to heap: e"
	_ = noEscape(&a)
	leakHeap(&b)
	x := &c
	leakContent(&x)
	y := toResult(&d)
	_ = *y
	gp = toResult(&e)
}

func callersResult() *int {
	v := 7 // ERROR "moved to heap: v"
	return toResultLevel1(&[]*int{&v}[0]) // ERROR "\[\]\*int\{\.\.\.\} does not escape"
}

func methodCallers() {
	var t T
	n := 1 // ERROR "moved to heap: n"
	t.store(&n)
	_ = t.method()
	var u T
	_ = u.valueMethod()
}

func main() {
	callers()
	_ = callersResult()
	methodCallers()
	n := 1
	_ = noEscape(&n)
	_ = scalars(1, "", 2)
	unnamed(nil, 1)
	blank(nil)
	_ = stringParam("x")
	stringHeap("y")
	mutate(&n)
	recv(&T{}) // ERROR "&T\{\} does not escape"
	_, _ = twoResults(nil, nil)
	_ = fieldLeak(T{})
	_ = fieldPtrLeak(nil)
	fieldStore(nil, nil)
	_ = sliceParam(nil)
	sliceParamHeap(nil)
	_ = both(nil)
	_ = contentAndResult(nil)
	leakContent2(nil)
	_ = toNamedResult(nil)
}
