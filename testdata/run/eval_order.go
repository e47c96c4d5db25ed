// Evaluation order as gc implements it: operands of an expression that
// contains calls are read after the calls run (gc's order pass hoists the
// calls into temporaries first), while && and || short-circuit in place.
package main

var x = 1

func f() int { x = 2; return 10 }

func g(a, b int) int { return a*100 + b }

type T struct{ v int }

func (t *T) inc() int { t.v++; return t.v }

func main() {
	println(x + f())
	x = 1
	println(g(x, f()))
	x = 1
	a := []int{0, 0, 0}
	i := 0
	h := func() int { i = 2; return 7 }
	a[i] = h()
	println(a[0], a[1], a[2])
	x = 1
	x += f()
	println(x)
	t := &T{}
	println(t.v, t.inc(), t.v)
	m := map[string]int{"k": 1}
	k := func() int { m["k"] = 5; return 0 }
	println(m["k"], k())
	b := false
	c := func() bool { b = true; return true }
	println(b, true && c(), b)
	x = 1
	if x == f() || x == 2 {
		println("cond", x)
	}
	x = 1
	for n := 0; x < f()+n; n++ {
		println("loop", x)
		break
	}
	x = 1
	switch x + f() {
	case 12:
		println("switch 12")
	case 11:
		println("switch 11")
	}
	x = 1
	r1, r2 := x, f()
	println(r1, r2)
	var s []int
	grow := func() int { s = append(s, 1); return 0 }
	println(len(s), grow(), len(s))
	x = 1
	ret := func() (int, int) { return x, f() }
	println(ret())
}
