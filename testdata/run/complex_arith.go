// Complex arithmetic: multiplication, division, comparisons and magnitude squared on complex128 and complex64.
package main

func abs2(z complex128) float64 { return real(z)*real(z) + imag(z)*imag(z) }

func main() {
	a := complex(3, 4)
	b := complex(1, -2)
	println(a+b, a-b, a*b, a/b)
	println(abs2(a))
	z := complex(0, 1)
	p := complex(1, 0)
	for i := 0; i < 4; i++ {
		p *= z
		println(p)
	}
	var c64 complex64 = 2 + 2i
	c64 = c64 * c64
	println(c64, real(c64), imag(c64))
	x := complex(1.0, 1.0)
	x += 1
	x -= 2i
	println(x)
	roots := []complex128{1, -1, 1i, -1i}
	sum := complex128(0)
	for _, r := range roots {
		sum += r
	}
	println(sum == 0)
}
