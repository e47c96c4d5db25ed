// errorcheck -0 -m -l

// Multi-value assignments and calls: gc goes through temporaries
// (".autotmp_N"), converts them to the destination types, and flows
// values through them.

package main

var sink interface{}
var gp *int

func pair(p *int) (*int, bool) { return p, true } // ERROR "leaking param: p to result ~r0 level=0"

func three() (int, string, *int) { return 1, "a", nil }

func vari(xs ...interface{}) int { return len(xs) } // ERROR "xs does not escape"

func commaOkMap(m map[string]*int) *int { // ERROR "m does not escape"
	v, ok := m["k"]
	if ok {
		return v
	}
	return nil
}

func commaOkIface(i interface{}) { // ERROR "i does not escape"
	var ok bool
	sink, ok = i.(int) // ERROR "\.autotmp_2 escapes to heap"
	_ = ok
}

func commaOkChan(c chan *int) { // ERROR "c does not escape"
	v, ok := <-c
	if ok {
		gp = v
	}
}

func tupleToIface() {
	var n int
	sink, n = 1, 2 // ERROR "1 escapes to heap"
	_ = n
}

func callToIface(p *int) { // ERROR "leaking param: p"
	var ok bool
	sink, ok = pair(p)
	_ = ok
}

func callDefine(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	q, _ := pair(p)
	return q
}

func spread() int {
	return vari(three()) // ERROR "\.\.\. argument does not escape" "\.autotmp_1 does not escape" "\.autotmp_2 does not escape"
}

func returnTuple(p *int) (*int, bool) { // ERROR "leaking param: p to result ~r0 level=0"
	return pair(p)
}

func varTuple(p *int) { // ERROR "leaking param: p"
	var a, b = pair(p)
	gp = a
	_ = b
}

func main() {
	x := 1 // ERROR "moved to heap: x"
	_ = commaOkMap(nil)
	commaOkIface(1) // ERROR "1 does not escape"
	commaOkChan(nil)
	tupleToIface()
	callToIface(&x)
	_ = callDefine(&x)
	println(spread())
	_, _ = returnTuple(&x)
	varTuple(&x)
}
