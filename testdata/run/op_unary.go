// Unary operators: - + ^ (bitwise complement) and ! on variables of several types.
package main

func main() {
	a := 5
	println(-a, +a, ^a, -(-a))
	var u uint8 = 5
	println(-u, ^u, +u)
	var i8 int8 = -128
	println(-i8, ^i8)
	var u64 uint64 = 0
	println(^u64, -u64)
	f := 2.5
	println(-f, +f)
	var z float64
	println(-z)
	t := true
	println(!t, !!t, !(a > 3))
	var i32 int32 = 0x7fffffff
	println(^i32, -i32)
}
