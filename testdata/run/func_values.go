// Functions as values: assigned to variables, stored in slices and maps, passed and compared with nil.
package main

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func main() {
	f := add
	println(f(2, 3))
	f = sub
	println(f(2, 3))
	ops := []func(int, int) int{add, sub, mul}
	for _, op := range ops {
		print(op(6, 3), " ")
	}
	println()
	table := map[string]BinOp{"+": add, "*": mul}
	println(table["*"](4, 5), apply(table["+"], 1, 1))
	var g func()
	println(g == nil, table["-"] == nil)
	g = func() { println("g called") }
	println(g != nil)
	g()
	type handler struct {
		name string
		fn   func(string) string
	}
	h := handler{"echo", func(s string) string { return s + s }}
	println(h.name, h.fn("ab"))
	println(func(x int) int { return x * x }(9))
}
