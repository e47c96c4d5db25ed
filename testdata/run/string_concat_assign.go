// String concatenation with + and += in loops, with empty strings and across several operands.
package main

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	a, b, c := "x", "", "z"
	println(a+b+c, len(a+b+c))
	d := a + "-" + c + "-" + a + c
	println(d)
	var e string
	e += ""
	println(e == "", len(e))
	f := "ab"
	f = f + f
	f += f
	println(f)
	line := ""
	for _, w := range []string{"the", "quick", "fox"} {
		if line != "" {
			line += " "
		}
		line += w
	}
	println(line)
	long := ""
	for i := 0; i < 1000; i++ {
		long += "0123456789"
	}
	println(len(long), long[9995:])
}
