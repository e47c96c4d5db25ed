// if / else if / else chains, if with an init statement whose variables are scoped to the chain.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else {
		return "large"
	}
}

func compute(x int) (int, bool) { return x * 2, x > 2 }

func main() {
	println(classify(-5), classify(0), classify(7), classify(100))
	if v, ok := compute(3); ok {
		println("ok", v)
	} else {
		println("not ok", v)
	}
	if v, ok := compute(1); ok {
		println("ok", v)
	} else if w := v + 1; w > 2 {
		println("else-if", v, w)
	} else {
		println("else", v, w)
	}
	x := 5
	if x := x * 10; x > 40 {
		println("inner x", x)
	}
	println("outer x", x)
	if true {
		println("always")
	}
	if false {
		println("never")
	}
}
