// switch with an init statement, with and without a tag; the variables are scoped to the switch.
package main

func value() int { return 42 }

func main() {
	switch v := value(); v {
	case 41:
		println("41")
	case 42:
		println("got", v)
	}
	switch v := value() * 2; {
	case v > 80:
		println("big", v)
	default:
		println("small", v)
	}
	x := 1
	switch x := x + 1; x {
	case 2:
		println("inner x", x)
	}
	println("outer x", x)
	switch y := 3; y {
	}
	switch {
	}
}
