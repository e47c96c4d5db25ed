// && and || short-circuit: the right operand is evaluated only when needed.
package main

var calls int

func yes(tag string) bool {
	calls++
	println("eval", tag)
	return true
}

func no(tag string) bool {
	calls++
	println("eval", tag)
	return false
}

func main() {
	println(no("a") && yes("b"))
	println(yes("c") || no("d"))
	println(yes("e") && no("f") || yes("g"))
	println(no("h") || no("i") && yes("j"))
	println(calls)
	var p *int
	if p != nil && *p > 0 {
		println("unreachable")
	}
	println(p == nil || *p > 0)
	x := 3
	println(x > 1 && x < 5, x < 1 || x > 5, !(x == 3) || x != 3)
}
