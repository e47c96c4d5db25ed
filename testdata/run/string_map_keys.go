// Strings as map keys: equal strings built differently hit the same entry; empty and binary keys work.
package main

func main() {
	m := map[string]int{}
	m["ab"] = 1
	k := "a"
	k += "b"
	m[k]++
	println(m["ab"], len(m))
	m[""] = 7
	m["\x00"] = 8
	println(m[""], m["\x00"], len(m))
	b := []byte("ab")
	println(m[string(b)])
	words := []string{"go", "c", "go", "rust", "c", "go"}
	count := map[string]int{}
	for _, w := range words {
		count[w]++
	}
	println(count["go"], count["c"], count["rust"], count["zig"])
	long := ""
	for i := 0; i < 100; i++ {
		long += "x"
	}
	m[long] = 100
	println(m[long], m[long[:99]])
}
