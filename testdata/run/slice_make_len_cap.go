// make([]T, len) and make([]T, len, cap): lengths, capacities and zeroed elements.
package main

func main() {
	a := make([]int, 3)
	println(len(a), cap(a), a[0], a[1], a[2])
	b := make([]int, 2, 10)
	println(len(b), cap(b))
	b = b[:cap(b)]
	println(len(b), cap(b), b[9])
	c := make([]string, 0, 4)
	println(len(c), cap(c))
	c = append(c, "x", "y")
	println(len(c), cap(c), c[0]+c[1])
	n := 5
	d := make([]float64, n, n*2)
	println(len(d), cap(d), d[4] == 0)
	e := make([]bool, 0)
	println(len(e), cap(e), e == nil)
	type P struct {
		x, y int
		s    string
	}
	f := make([]P, 2)
	println(f[1].x, f[1].y, f[1].s == "")
	var u uint8 = 7
	g := make([]byte, u)
	println(len(g), cap(g))
}
