// Rune constants: character literals of every escape form, untyped rune arithmetic and default type int32.
package main

func main() {
	runes := []rune{'a', '\n', '\t', '\'', '\\', '\x7f', '\u00e9', '\U0001F600', '\101', '世', 0}
	for _, r := range runes {
		print(r, " ")
	}
	println()
	const r = 'A' + 2
	var b byte = r
	println(r, b, string(rune(r)))
	x := 'z' - 'a'
	var i32 int32 = x
	println(x, i32)
	const d = '9' - '0'
	println(d * 2)
	var f float64 = 'a'
	println(f)
}
