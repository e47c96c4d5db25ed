// Complex division as an operand of a larger expression (a comparison, a
// sum, an argument): the division calls into the runtime and must leave
// the operands being evaluated around it intact.
package main

func pair(a, b complex128) (complex128, complex128) { return a, b }

func main() {
	c3 := complex(13, 7)
	c4 := complex(real(c3/2), imag(c3/2))
	println(c4 == c3/2, c4 != c3/2, c3/2)
	println(c3+c3/2, c3-c4/(1+1i), (c3/2)*(c4/2))
	x, y := pair(c3/3, c4/complex(0, 1))
	println(x, y)
	var f complex64 = complex64(c3)
	println(f/2 == complex64(c4), f/3+f/4)
	s := []complex128{c3 / 2, c4 / 4}
	println(s[0] == c4, s[1])
}
