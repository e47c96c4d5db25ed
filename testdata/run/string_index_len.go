// len(s) counts bytes; s[i] is a byte; multi-byte UTF-8 characters take several bytes.
package main

func main() {
	s := "héllo, 世界"
	println(len(s))
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	b := s[1]
	println(b, b == 0xc3)
	ascii := "Go!"
	println(ascii[0], ascii[1], ascii[2], string(rune(ascii[0])))
	var total int
	for i := 0; i < len(ascii); i++ {
		total += int(ascii[i])
	}
	println(total)
	const k = "constant"
	println(k[3], len(k))
}
