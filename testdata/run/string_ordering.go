// String comparison: ==, != and lexicographic byte order with <, <=, >, >= (prefixes, UTF-8, empty).
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	pairs := [][2]string{
		{"a", "b"}, {"b", "a"}, {"abc", "abc"}, {"ab", "abc"}, {"", "a"}, {"", ""},
		{"Z", "a"}, {"é", "z"}, {"abc\x00", "abc"}, {"\xff", "\x7f"},
	}
	for _, p := range pairs {
		println(cmp(p[0], p[1]), p[0] == p[1], p[0] != p[1], p[0] <= p[1], p[0] >= p[1])
	}
	x := "hello"
	y := "hel" + "lo"
	println(x == y)
}
