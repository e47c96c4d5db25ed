// Conversions between string and []rune: decoding (invalid bytes become U+FFFD) and encoding back.
package main

func main() {
	s := "héllo世"
	r := []rune(s)
	println(len(s), len(r))
	for _, c := range r {
		print(c, " ")
	}
	println()
	r[0] = 'H'
	println(string(r))
	bad := []rune("a\xffb")
	println(len(bad), bad[1])
	back := string([]rune{0x41, 0x10FFFF, -1, 0xD800, 0x263A})
	println(len(back))
	for _, c := range back {
		print(c, " ")
	}
	println()
	var empty []rune
	println(string(empty) == "", len([]rune("")))
	rev := []rune("abc€")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	println(string(rev))
}
