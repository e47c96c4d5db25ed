// errorcheck -0 -m -l

// Comma-ok forms (type assertion, map index, receive) assigned to
// variables of interface type: gc assigns the pair to temporaries and
// converts them at the assignment ("v, ok = x.(T)" becomes
// "t1, t2 := x.(T); v, ok = I(t1), I(t2)"), except in package-level
// declarations, where the conversions come after escape analysis.

package main

var sink any

var ga, gb any = sink.(int)

var gm = map[string]int{} // ERROR "map\[string\]int\{\} escapes to heap"
var gv, gok any = gm["x"]

func assertInto(i any) (any, any) { // ERROR "i does not escape"
	var x, y any = i.(int) // ERROR "\.autotmp_5 escapes to heap" "\.autotmp_6 escapes to heap"
	return x, y
}

func assertLocal(i any) bool { // ERROR "i does not escape"
	var x, y any = i.(int) // ERROR "\.autotmp_4 does not escape" "\.autotmp_5 does not escape"
	return x == nil && y == nil
}

func mapInto(m map[string]int) { // ERROR "m does not escape"
	var v, ok any = m["a"] // ERROR "\.autotmp_3 escapes to heap" "\.autotmp_4 does not escape"
	sink = v
	_ = ok
}

func recvInto(ch chan int) { // ERROR "ch does not escape"
	var r, ok any = <-ch // ERROR "\.autotmp_3 does not escape" "\.autotmp_4 does not escape"
	println(r == nil, ok == nil)
}

func assignGlobals() {
	ga, gb = sink.(int) // ERROR "\.autotmp_0 escapes to heap" "\.autotmp_1 escapes to heap"
}

func ifaceToIface(e error) (any, bool) { // ERROR "leaking param: e to result ~r0 level=0"
	var s any
	s, ok := e.(error)
	return s, ok
}

func main() {
	assertInto(1) // ERROR "1 does not escape"
	assertLocal(2) // ERROR "2 does not escape"
	mapInto(nil)
	recvInto(nil)
	assignGlobals()
	ifaceToIface(nil)
}
