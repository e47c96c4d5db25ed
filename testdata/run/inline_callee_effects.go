// An inlined call whose callee expression is itself a call: compose(f, g)(5)
// inlines compose and then the closure it returns; compose's body (which
// binds f and g) must still run before the closure's body, and a callee
// expression with side effects runs exactly once, before the arguments.
package main

var sink int

func compose(f, g func(int) int) func(int) int {
	return func(v int) int { return f(g(v)) }
}

// too big to inline: calling it through f needs f's value
func double(v int) int {
	for i := 0; i < 3; i++ {
		sink += i * v
		sink ^= v << 2
		sink -= v >> 1
		println(sink, v, i)
	}
	defer func() { sink++ }()
	return v * 2
}

func inc(v int) int { return v + 1 }

func adder(n int) func(int) int {
	println("adder", n)
	return func(v int) int { return v + n }
}

func arg(v int) int {
	println("arg", v)
	return v
}

func main() {
	println(compose(double, inc)(5))
	local := func(f, g func(int) int) func(int) int {
		return func(v int) int { return g(f(v)) }
	}
	println(local(inc, double)(6))
	println(adder(100)(arg(7)))
	println(adder(1)(adder(2)(arg(3))))
	println(sink)
}
