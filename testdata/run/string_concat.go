// String concatenation with + and +=, including empty strings and building in a loop.
package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	println(c, len(c))
	println("" + "" == "", len(""+a))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	s := "x"
	for i := 0; i < 4; i++ {
		s = s + s
	}
	println(s, len(s))
	d := a
	d += " again"
	println(a, "|", d)
}
