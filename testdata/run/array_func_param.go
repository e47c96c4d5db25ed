// Arrays as parameters and results are copied; pointer parameters share.
package main

func sum(a [5]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	a[0] = 1000
	return s
}

func double(p *[5]int) {
	for i := 0; i < 5; i++ {
		p[i] *= 2
	}
}

func make5(v int) [5]int {
	var r [5]int
	for i := 0; i < 5; i++ {
		r[i] = v
	}
	return r
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	println(sum(a), a[0])
	double(&a)
	println(sum(a), a[0], a[4])
	b := make5(7)
	println(b[0], b[4], sum(b))
}
