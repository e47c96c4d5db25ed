// Comparison operators on integers (signed and unsigned), floats, strings, bools and pointers.
package main

func main() {
	a, b := -1, 1
	println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	var u, v uint32 = 0xFFFFFFFF, 1
	println(u < v, u > v)
	var i8a, i8b int8 = -128, 127
	println(i8a < i8b, i8a == -i8a)
	x, y := 1.5, -1.5
	println(x < y, x > y, x == -y)
	println("a" < "b", "abc" == "ab"+"c")
	t, f := true, false
	println(t == f, t != f, t == !f)
	p, q := &a, &b
	println(p == q, p == &a)
	var big, small uint64 = 1 << 63, 1
	println(big > small, int64(big) > int64(small))
}
