// clear on a slice zeroes its elements (length unchanged), visible through aliases; beyond len untouched.
package main

type P struct {
	s string
	n int
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	alias := s[1:3]
	clear(alias)
	println(s[0], s[1], s[2], s[3], len(alias))
	clear(s)
	println(s[0], s[4], len(s))
	ps := []P{{"a", 1}, {"b", 2}}
	clear(ps)
	println(ps[0].s == "", ps[1].n, len(ps))
	var nilS []int
	clear(nilS)
	println(nilS == nil)
	full := []int{1, 2, 3, 4}
	short := full[:2]
	clear(short)
	println(full[0], full[1], full[2], full[3])
	strs := []string{"x", "y"}
	clear(strs[1:])
	println(strs[0], strs[1] == "")
}
