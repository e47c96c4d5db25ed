// A larger program: matrices as arrays in structs, Gaussian elimination, integer matrix powers, rationals.
package main

const N = 4

type Matrix struct {
	rows, cols int
	a          [N][N]float64
}

type IMatrix [N][N]int64

type Rat struct {
	num, den int64
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func gcd(a, b int64) int64 {
	a, b = abs64(a), abs64(b)
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func mkRat(n, d int64) Rat {
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Rat{0, 1}
	}
	return Rat{n / g, d / g}
}

func ratString(r Rat) string { return itoa(r.num) + "/" + itoa(r.den) }

func addRat(x, y Rat) Rat { return mkRat(x.num*y.den+y.num*x.den, x.den*y.den) }
func mulRat(x, y Rat) Rat { return mkRat(x.num*y.num, x.den*y.den) }

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	s := ""
	if neg {
		s = "-"
	}
	for ; i < len(buf); i++ {
		s += string(rune(buf[i]))
	}
	return s
}

func identity(n int) Matrix {
	m := Matrix{rows: n, cols: n}
	for i := 0; i < n; i++ {
		m.a[i][i] = 1
	}
	return m
}

func mul(x, y Matrix) Matrix {
	r := Matrix{rows: x.rows, cols: y.cols}
	for i := 0; i < x.rows; i++ {
		for j := 0; j < y.cols; j++ {
			var s float64
			for k := 0; k < x.cols; k++ {
				s += x.a[i][k] * y.a[k][j]
			}
			r.a[i][j] = s
		}
	}
	return r
}

func transpose(m *Matrix) {
	for i := 0; i < m.rows; i++ {
		for j := i + 1; j < m.cols; j++ {
			m.a[i][j], m.a[j][i] = m.a[j][i], m.a[i][j]
		}
	}
}

// det computes the determinant by Gaussian elimination with partial pivoting.
func det(m Matrix) float64 {
	d := 1.0
	n := m.rows
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if fabs(m.a[r][col]) > fabs(m.a[pivot][col]) {
				pivot = r
			}
		}
		if m.a[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			m.a[pivot], m.a[col] = m.a[col], m.a[pivot]
			d = -d
		}
		d *= m.a[col][col]
		for r := col + 1; r < n; r++ {
			f := m.a[r][col] / m.a[col][col]
			for c := col; c < n; c++ {
				m.a[r][c] -= f * m.a[col][c]
			}
		}
	}
	return d
}

func fabs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func show(name string, m Matrix) {
	println(name, m.rows, "x", m.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			print(" ", m.a[i][j])
		}
		println()
	}
}

func imul(x, y IMatrix, mod int64) IMatrix {
	var r IMatrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			var s int64
			for k := 0; k < N; k++ {
				s = (s + x[i][k]*y[k][j]) % mod
			}
			r[i][j] = s
		}
	}
	return r
}

func ipow(m IMatrix, e int, mod int64) IMatrix {
	var r IMatrix
	for i := 0; i < N; i++ {
		r[i][i] = 1
	}
	for e > 0 {
		if e&1 == 1 {
			r = imul(r, m, mod)
		}
		m = imul(m, m, mod)
		e >>= 1
	}
	return r
}

func main() {
	a := Matrix{rows: 3, cols: 3}
	a.a[0] = [N]float64{2, -1, 0}
	a.a[1] = [N]float64{-1, 2, -1}
	a.a[2] = [N]float64{0, -1, 2}
	show("A", a)
	println("det(A) =", det(a))
	id := identity(3)
	println("A*I == A:", mul(a, id) == a)
	b := mul(a, a)
	show("A*A", b)
	println("det(A*A) =", det(b))
	c := Matrix{rows: 2, cols: 3}
	c.a[0] = [N]float64{1, 2, 3}
	c.a[1] = [N]float64{4, 5, 6}
	d := c
	d.rows, d.cols = 3, 3
	transpose(&d)
	d.rows, d.cols = 3, 2
	show("C^T", d)
	show("C*C^T", mul(c, d))
	h := Matrix{rows: N, cols: N}
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			h.a[i][j] = 1 / float64(i+j+1)
		}
	}
	println("det(Hilbert4) =", det(h))
	singular := Matrix{rows: 2, cols: 2}
	singular.a[0] = [N]float64{1, 2}
	singular.a[1] = [N]float64{2, 4}
	println("det(singular) =", det(singular))

	var fib IMatrix
	fib[0][0], fib[0][1], fib[1][0] = 1, 1, 1
	fib[2][2], fib[3][3] = 1, 1
	const mod = 1000000007
	for n := 10; n <= 90; n += 20 {
		p := ipow(fib, n, mod)
		println("fib", n, "mod p =", p[0][1])
	}
	p := ipow(fib, 1000000, mod)
	println("fib 1000000 mod p =", p[0][1])

	sum := mkRat(0, 1)
	for k := int64(1); k <= 10; k++ {
		sum = addRat(sum, mkRat(1, k*(k+1)))
	}
	println("sum 1/(k(k+1)), k=1..10 =", ratString(sum))
	prod := mkRat(1, 1)
	for k := int64(2); k <= 8; k++ {
		prod = mulRat(prod, mkRat(k*k-1, k*k))
	}
	println("prod (1-1/k^2), k=2..8 =", ratString(prod))
	println(ratString(mkRat(-6, -4)), ratString(mkRat(6, -4)), ratString(mkRat(0, 5)))
}
