// Indexing a string gives bytes (uint8), also of multi-byte UTF-8 characters.
package main

func main() {
	s := "héllo, 世界"
	println(len(s))
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	b := s[0]
	var u uint8 = b
	println(u, s[1], s[2])
	println(s[len(s)-1])
	c := "abc"[1]
	println(c, string(rune(c)))
	const k = "const"
	println(k[0], k[4])
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	println("non-ascii bytes:", n)
}
