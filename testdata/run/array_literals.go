// Array literals: positional, keyed, mixed, [...] length inference, and omitted zero elements.
package main

func main() {
	a := [5]int{1, 2, 3}
	println(a[0], a[2], a[3], a[4], len(a))
	b := [...]string{"x", "y", "z"}
	println(len(b), b[2])
	c := [...]int{4: 40, 1: 10, 20}
	println(len(c), c[0], c[1], c[2], c[3], c[4])
	d := [3][2]int{{1, 2}, {3}, {}}
	println(d[0][1], d[1][0], d[1][1], d[2][0])
	e := [...]float64{0.5, 1.5}
	println(e[0]+e[1])
	const idx = 2
	f := [4]bool{idx: true}
	println(f[1], f[2])
	g := [2]*int{}
	println(g[0] == nil)
}
