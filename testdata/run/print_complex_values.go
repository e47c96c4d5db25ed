// println of complex64 and complex128 values: signs, infinities, NaN, zero and exponents.
package main

func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	println(complex(1, 1), complex(-1, -1), complex(0, -0.5))
	println(complex(inf, -inf), complex(nan, 1))
	println(complex(1e21, 1e-7), complex(123456789.0, 0))
	var c64 complex64 = complex(float32(0.1), float32(-3))
	println(c64)
	println(complex(-zero, zero))
	print(complex(2, 3), "\n")
}
