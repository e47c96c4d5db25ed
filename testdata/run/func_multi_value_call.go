// A call returning several values can be passed directly as all the arguments of another call.
package main

func pair() (int, string)            { return 7, "seven" }
func triple() (a, b, c int)          { return 1, 2, 3 }
func show(n int, s string)           { println(n, s) }
func sum3(a, b, c int) int           { return a + b + c }
func variadic(xs ...int) int         { return len(xs) }
func swap(a, b string) (string, string) { return b, a }

type T struct{}

func (T) M(a, b, c int) int { return a * b * c }

func main() {
	show(pair())
	println(sum3(triple()))
	println(variadic(triple()))
	println(swap(swap("x", "y")))
	var t T
	println(t.M(triple()))
	f := func(a int, b string) string { return b }
	println(f(pair()))
	x, y := swap("1", "2")
	println(x, y)
}
