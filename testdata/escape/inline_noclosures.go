// errorcheck -0 -m -d=inlfuncswithclosures=0

// -d=inlfuncswithclosures=0: a function containing a func literal is not
// inlinable (gc's default is 1); the literal itself still is.
package main

func apply(f func(int) int, x int) int { return f(x) } // ERROR "can inline apply" "f does not escape"

func twice(x int) int {
	return apply(func(y int) int { return y * 2 }, x) // ERROR "can inline twice.func1" "inlining call to apply" "inlining call to twice.func1"
}

func plain(x int) int { return x + 1 } // ERROR "can inline plain"

func main() { // ERROR "can inline main"
	println(twice(3), plain(4)) // ERROR "inlining call to plain"
}
