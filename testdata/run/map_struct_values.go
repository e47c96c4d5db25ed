// Struct values in maps are copies: update them by reading, modifying and storing back, or use pointers.
package main

type Acc struct {
	n   int
	sum int
}

func main() {
	m := map[string]Acc{}
	for i, k := range []string{"a", "b", "a", "a", "b"} {
		a := m[k]
		a.n++
		a.sum += i
		m[k] = a
	}
	println(m["a"].n, m["a"].sum, m["b"].n, m["b"].sum)
	pm := map[string]*Acc{}
	for i, k := range []string{"x", "y", "x"} {
		if pm[k] == nil {
			pm[k] = &Acc{}
		}
		pm[k].n++
		pm[k].sum += i
	}
	println(pm["x"].n, pm["x"].sum, pm["y"].n)
	c := m["a"]
	c.n = 100
	println(m["a"].n)
	am := map[int][2]int{}
	arr := am[1]
	arr[0] = 5
	am[1] = arr
	println(am[1][0])
}
