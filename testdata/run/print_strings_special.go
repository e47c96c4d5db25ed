// println writes string bytes as they are: empty strings, embedded newlines, tabs and UTF-8.
package main

func main() {
	println("")
	println("", "x", "")
	println("tab\tseparated")
	println("two\nlines")
	println("日本語", "ñ")
	s := "bytes: \x01\x7f"
	println(len(s))
	print("", "", "")
	println("|")
}
