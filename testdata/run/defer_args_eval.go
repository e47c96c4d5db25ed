// defer evaluates the function value and arguments immediately; the receiver of a method value too.
package main

type T struct{ name string }

func (t T) Show()   { println("value recv:", t.name) }
func (t *T) ShowP() { println("ptr recv:", t.name) }

func trace(s string) string {
	println("enter", s)
	return s
}

func un(s string) { println("leave", s) }

func calc() {
	defer un(trace("calc"))
	println("in calc")
}

func main() {
	calc()
	x := 10
	defer println("x at defer:", x)
	x = 20
	t := T{"first"}
	defer t.Show()
	defer t.ShowP()
	t.name = "second"
	f := func() { println("f v1") }
	defer f()
	f = func() { println("f v2") }
	s := []int{1, 2, 3}
	defer println("len at defer:", len(s))
	s = append(s, 4)
	println("main body done", x, len(s))
}
