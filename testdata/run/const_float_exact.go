// Untyped float constants use exact arithmetic: 0.1+0.2 == 0.3 as constants, not at run time.
package main

const (
	A = 0.1
	B = 0.2
	C = A + B
	Third = 1.0 / 3.0
	One = Third * 3
	Big = 1e300 * 1e300 / 1e300
)

func main() {
	println(C == 0.3)
	a, b := 0.1, 0.2
	println(a+b == 0.3)
	println(C, a+b)
	println(One == 1, One)
	println(Big)
	const tiny = 1e-300 * 1e-300 * 1e300 * 1e300
	println(tiny)
	const i = 7.0 / 2
	println(i)
	const j = 7 / 2
	println(j)
	const k = 7 / 2.0
	println(k)
	var f float64 = 1 << 62
	println(f)
	const h = 1.5e3
	var n int = h
	println(n)
}
