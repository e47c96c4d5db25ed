// String literal escapes and raw strings (backquotes keep backslashes and newlines).
package main

func main() {
	println("tab\there", "quote\"", "backslash\\", "bell\a" == "bell\x07")
	println("\x41\102\u0043\U00000044")
	println(`raw\n\t"string"`)
	raw := `line one
line two`
	println(raw, len(raw))
	println("é" == "\u00e9", "é" == "\xc3\xa9", len("\u4e16"))
	println("a\nb")
	println(`a` + "\\" + `b`)
}
