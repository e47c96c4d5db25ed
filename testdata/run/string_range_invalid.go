// range over invalid UTF-8 yields U+FFFD with width 1 for each bad byte, incl. truncated and surrogate encodings.
package main

func main() {
	tests := []string{
		"a\xffb",
		"\xe4\xb8",
		"\xc0\x80",
		"\xed\xa0\x80",
		"\xf4\x90\x80\x80",
		"ok\xe4\xb8\x96",
		"\x80\x80",
		"\xf0\x9f\x99",
	}
	for _, s := range tests {
		for i, r := range s {
			print(i, ":", r, " ")
		}
		println("| runes", len([]rune(s)))
	}
}
