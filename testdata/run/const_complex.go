// Complex constants and values: complex(), real(), imag(), arithmetic, equality and println format.
package main

const c1 = 1 + 2i
const c2 complex64 = 3 - 4i

func main() {
	println(c1, c2)
	println(real(c1), imag(c1), real(c2), imag(c2))
	var z complex128 = c1 * c1
	println(z)
	w := complex(3.0, 4.0)
	println(w, w*w, w/2, -w)
	println(real(w)*real(w)+imag(w)*imag(w))
	var f32 float32 = 1.5
	z64 := complex(f32, f32)
	println(z64)
	println(w == complex(3, 4), w != c1)
	const i2 = 1i * 1i
	println(i2, real(i2))
	var conj complex128 = complex(real(w), -imag(w))
	println(w * conj)
	println(complex128(c2))
	var zero complex128
	println(zero)
}
