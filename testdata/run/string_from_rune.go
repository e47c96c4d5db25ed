// string(rune) encodes one code point as UTF-8; invalid runes (negative, surrogates, >0x10FFFF) give U+FFFD.
package main

func show(s string) {
	print(len(s), ":")
	for i := 0; i < len(s); i++ {
		print(" ", s[i])
	}
	println()
}

func main() {
	runes := []rune{'A', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1, 0xD800, 0xDFFF}
	for _, r := range runes {
		show(string(r))
	}
	var b byte = 200
	show(string(rune(b)))
	var i64 int64 = 0x4E16
	show(string(rune(i64)))
	println(string(rune(72)) + string(rune(105)))
}
