// errorcheck -0 -m -l

// Calls: variadic ... arguments, unknown callees (function values,
// interface methods), recursion, panic, print and println.

package main

var gp *int
var sink interface{}

func variadic(xs ...*int) *int { // ERROR "leaking param: xs to result ~r0 level=1"
	if len(xs) > 0 {
		return xs[0]
	}
	return nil
}

func variadicLeak(xs ...*int) { // ERROR "leaking param content: xs"
	gp = xs[0]
}

func variadicIface(args ...interface{}) int { // ERROR "args does not escape"
	return len(args)
}

func callVariadic() {
	a, b := 1, 2 // ERROR "moved to heap: a"
	_ = variadic(&a, &b) // ERROR "\.\.\. argument does not escape"
	variadicLeak(&a) // ERROR "\.\.\. argument does not escape"
	s := []*int{&b} // ERROR "\[\]\*int\{\.\.\.\} does not escape"
	_ = variadic(s...)
}

func callVariadicIface(x int, s string) int { // ERROR "s does not escape"
	return variadicIface(x, s, 3) // ERROR "\.\.\. argument does not escape" "x does not escape" "s does not escape" "3 does not escape"
}

func callFunc(f func(*int) *int) { // ERROR "f does not escape"
	x := 1 // ERROR "moved to heap: x"
	_ = f(&x)
}

type I interface {
	Set(p *int)
}

func callIface(i I) { // ERROR "leaking param: i"
	y := 2 // ERROR "moved to heap: y"
	i.Set(&y)
}

func recursive(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	if n == 0 {
		return p
	}
	return recursive(p, n-1)
}

func mutualA(p *int, n int) *int { // ERROR "leaking param: p"
	if n == 0 {
		return p
	}
	return mutualB(p, n-1)
}

func mutualB(q *int, n int) *int { // ERROR "leaking param: q"
	gp = q
	return mutualA(q, n)
}

func panicValue(x int) {
	if x > 0 {
		panic(x) // ERROR "x escapes to heap"
	}
}

func panicPtr() {
	v := 3 // ERROR "moved to heap: v"
	panic(&v)
}

func panicString(s string) { // ERROR "s does not escape"
	panic("bad: " + s) // ERROR ".bad: . \+ s escapes to heap"
}

func printArgs(p *int, s string) { // ERROR "p does not escape" "s does not escape"
	print(p, s)
	println(p, s, 1)
}

func multiResult() (*int, *int) {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	return &a, &b
}

func useMulti() {
	p, q := multiResult()
	gp = p
	_ = q
}

func forward(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0"
	return recursive(p, 3)
}

func spread() int {
	return variadicIface(twoVals()) // ERROR "\.\.\. argument does not escape" "\.autotmp_1 does not escape" "\.autotmp_2 does not escape"
}

func twoVals() (int, string) {
	return 1, "a"
}

func main() {
	callVariadic()
	println(callVariadicIface(1, "x"), spread())
	callFunc(func(p *int) *int { return p }) // ERROR "leaking param: p to result ~r0 level=0" "func literal does not escape"
	callIface(nil)
	n := 1 // ERROR "moved to heap: n"
	_ = recursive(&n, 2)
	_ = mutualA(&n, 2)
	panicValue(0)
	printArgs(nil, "")
	useMulti()
	_ = forward(nil)
	defer func() { // ERROR "func literal does not escape"
		recover()
	}()
	panicPtr()
	panicString("x")
}
