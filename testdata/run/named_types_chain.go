// A named type defined from another named type has the same underlying type and no implicit conversion.
package main

type A int
type B A
type C B

func main() {
	var a A = 1
	var b B = B(a) + 1
	var c C = C(b) * 10
	println(a, b, c)
	println(int(c) + int(a))
	var d = A(c)
	println(d == 20)
	type Str string
	type Str2 Str
	var s Str2 = "x"
	println(string(s) + "y")
}
