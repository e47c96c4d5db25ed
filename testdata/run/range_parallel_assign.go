// "for k, v = range x" assigns k and v in parallel: the index expressions
// of the targets are evaluated before either variable is assigned.
package main

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	println(i, x[0], x[1])

	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "c" {
		break
	}
	println(j, string(r))

	m := map[int]int{}
	k := 5
	for k, m[k] = range []int{7} {
	}
	println(k, m[5], m[0])

	keys := map[string]int{"only": 3}
	out := []string{"", ""}
	n := 1
	var v int
	for out[n], v = range keys {
	}
	println(out[0], out[1], v)
}
