// Deferred calls run in last-in-first-out order when the function returns, after the return values are set.
package main

func f() int {
	x := 1
	defer println("deferred 1, x is", x)
	defer println("deferred 2")
	defer func() { println("deferred 3 sees x =", x) }()
	x = 5
	println("body")
	return x * 2
}

func nested() {
	defer println("outer defer")
	func() {
		defer println("inner defer")
		println("inner body")
	}()
	println("outer body")
}

func main() {
	println("result", f())
	nested()
	defer println("main deferred")
	println("main end")
}
