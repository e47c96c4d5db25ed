// Arrays of comparable elements compare with == and != element by element.
package main

type Pair struct{ a, b int }

func main() {
	x := [3]int{1, 2, 3}
	y := [3]int{1, 2, 3}
	z := [3]int{1, 2, 4}
	println(x == y, x != y, x == z, x != z)
	s1 := [2]string{"a", "b"}
	s2 := [2]string{"a", "b" + ""}
	println(s1 == s2)
	p1 := [2]Pair{{1, 2}, {3, 4}}
	p2 := [2]Pair{{1, 2}, {3, 5}}
	println(p1 == p2, p1[0] == p2[0])
	var f1, f2 [2]float64
	f2[1] = -f1[1]
	println(f1 == f2)
	var e1, e2 [0]int
	println(e1 == e2)
	n := [2][2]bool{{true, false}, {false, true}}
	m := n
	m[1][1] = false
	println(n == m, n[0] == m[0])
}
