// clear(m) removes every entry of a map, is seen through aliases, and is a no-op on a nil map.
package main

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	println(len(m), len(alias), m["a"])
	m["d"] = 4
	println(len(alias), alias["d"])
	var nm map[int]int
	clear(nm)
	println(nm == nil)
	big := map[int]int{}
	for i := 0; i < 500; i++ {
		big[i] = i
	}
	clear(big)
	println(len(big))
	big[7] = 7
	println(len(big), big[7])
}
