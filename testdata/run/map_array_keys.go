// Arrays as map keys: element-wise equality, arrays of strings and arrays of structs.
package main

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	k := [3]int{}
	k[0], k[1], k[2] = 1, 2, 3
	println(m[k], len(m))
	k[2] = 4
	_, ok := m[k]
	println(ok)
	sm := map[[2]string]int{{"x", "y"}: 1}
	pair := [2]string{"x", "y"}
	sm[pair]++
	println(sm[[2]string{"x", "y"}])
	type P struct{ a, b int8 }
	pm := map[[2]P]bool{{{1, 2}, {3, 4}}: true}
	println(pm[[2]P{{1, 2}, {3, 4}}], pm[[2]P{{1, 2}, {3, 5}}])
	counts := map[[2]byte]int{}
	s := "abcabcab"
	for i := 0; i+1 < len(s); i++ {
		counts[[2]byte{s[i], s[i+1]}]++
	}
	println(len(counts), counts[[2]byte{'a', 'b'}], counts[[2]byte{'c', 'a'}])
	zm := map[[0]int]int{}
	zm[[0]int{}] = 5
	println(zm[[0]int{}], len(zm))
}
