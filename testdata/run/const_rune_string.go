// Rune and string constants: escapes, len of a constant string, indexing a constant string.
package main

const (
	Greeting = "héllo"
	Newline  = '\n'
	Tab      = '\t'
	Quote    = '\''
	Hex      = '\x41'
	Octal    = '\101'
	Uni      = '\u00e9'
	BigUni   = '\U0001F600'
)

func main() {
	println(len(Greeting))
	const n = len(Greeting)
	var arr [n]int
	println(len(arr))
	println(Newline, Tab, Quote, Hex, Octal, Uni, BigUni)
	println(Greeting[0], Greeting[1], Greeting[2])
	println(Greeting + ", " + "world")
	println('a' + 1)
	println('a' * 2.0)
	var r rune = 'x'
	println(r - 'a')
}
