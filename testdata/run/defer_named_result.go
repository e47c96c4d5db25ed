// Deferred closures can read and modify named results after the return statement set them.
package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func counted() (s string, calls int) {
	defer func() { calls++; s += "!" }()
	s = "hi"
	calls = 10
	return
}

func shadow() (r int) {
	defer func() { r += 100 }()
	r = 1
	{
		r := 2
		_ = r
	}
	return r + 1
}

func order() (x int) {
	defer func() { x = x*10 + 1 }()
	defer func() { x = x*10 + 2 }()
	return 3
}

func main() {
	println(double())
	println(counted())
	println(shadow())
	println(order())
}
