// range over a string decodes UTF-8: byte index and rune per character, 1 to 4 bytes wide.
package main

func main() {
	s := "aé世🙂z"
	for i, r := range s {
		println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	println(n, len(s))
	for i := range "xyz" {
		print(i, " ")
	}
	println()
	var last rune
	for _, last = range "abc€" {
	}
	println(last)
	for i, r := range "" {
		println("never", i, r)
	}
}
