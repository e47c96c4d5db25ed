// Maps with slice values: appending to m[k] must be assigned back; grouping values by key.
package main

func main() {
	groups := map[int][]string{}
	words := []string{"a", "bb", "cc", "d", "eee", "ff"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for n := 1; n <= 3; n++ {
		print(n, ":")
		for _, w := range groups[n] {
			print(" ", w)
		}
		println()
	}
	s := groups[2]
	s[0] = "XX"
	println(groups[2][0])
	m := map[string][]int{"k": make([]int, 1, 10)}
	t := append(m["k"], 5)
	println(len(m["k"]), len(t))
	m["k"] = t
	println(len(m["k"]), m["k"][1])
}
