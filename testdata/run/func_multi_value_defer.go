// defer f(g()) with g multi-valued evaluates g at the defer statement, also when f is
// variadic or a method; and f(g()) passes g's results to a variadic f.
package main

type T struct{ n int }

func (t T) M(a, b, c int)   { println("M", t.n, a, b, c) }
func (t *T) V(xs ...int)   { println("V", t.n, len(xs)) }

func recv() T                 { println("recv"); return T{7} }
func three() (int, int, int)  { println("three"); return 1, 2, 3 }
func two() (int, string)      { return 4, "four" }
func count(xs ...int) int     { return len(xs) }
func first(a int, xs ...int)  { println("first", a, len(xs)) }
func show(xs ...interface{})  { println("show", len(xs), xs[1].(string)) }
func pick(a, b int) func(int, int, int) {
	println("pick")
	return func(x, y, z int) { println("picked", x, y, z) }
}

func main() {
	println(count(three()))
	first(three())
	show(two())
	defer recv().M(three())
	defer first(three())
	defer show(two())
	defer pick(1, 2)(three())
	t := &T{3}
	defer t.V(three())
	t.n = 4
	for i := 0; i < 2; i++ {
		defer first(three())
	}
	println("end")
}
