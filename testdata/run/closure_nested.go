// Nested closures capture variables from several enclosing levels, including parameters.
package main

func outer(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int {
			a++
			return a*100 + b*10 + c
		}
	}
}

func main() {
	f := outer(1)
	g := f(2)
	println(g(3), g(4))
	h := f(5)
	println(h(6))
	x := 0
	level1 := func() func() {
		y := 10
		return func() {
			x += y
			y++
		}
	}
	l := level1()
	l()
	l()
	println(x)
	compose := func(f, g func(int) int) func(int) int {
		return func(v int) int { return f(g(v)) }
	}
	double := func(v int) int { return v * 2 }
	inc := func(v int) int { return v + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
}
