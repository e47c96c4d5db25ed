// Appending within capacity writes into the shared array; growing beyond it detaches the copy.
package main

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	println(a[3], b[3])
	c := append(base, 3, 4, 5)
	c[0] = 9
	println(base[0], a[0], c[0], len(c))
	x := []int{1, 2, 3}
	y := x[:2]
	y = append(y, 30)
	println(x[2])
	y = append(y, 40)
	y[0] = 100
	println(x[0], y[0])
	mod := func(s []int) { s[0] = -1 }
	mod(x)
	println(x[0])
	grow := func(s []int) { s = append(s, 5); s[0] = -2 }
	grow(x)
	println(x[0], len(x))
	z := x[1:2]
	z = append(z, 77)
	println(x[2])
}
