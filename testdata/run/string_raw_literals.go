// Raw string literals: backslashes kept, newlines included, carriage returns removed; escapes in "..." literals.
package main

func main() {
	raw := `a\nb\t"c"`
	println(raw, len(raw))
	multi := `line1
line2`
	println(len(multi), multi[5])
	esc := "tab\there \"q\" \\ \x41\u00e9\U0001F600 \101"
	println(esc, len(esc))
	println(len("\a\b\f\v\r"), "\a"[0], "\v"[0])
	println(`` == "")
}
