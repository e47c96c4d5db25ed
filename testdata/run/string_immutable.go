// Strings are immutable values: converting to []byte copies, and modifying the copy leaves the string.
package main

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'j'
	println(s, string(b))
	t := s
	s += "!"
	println(s, t)
	r := []rune(t)
	r[4] = 'O'
	println(t, string(r))
	bs := []byte("abc")
	u := string(bs)
	bs[0] = 'X'
	println(u, string(bs))
	sub := s[1:3]
	s = "other"
	println(sub, s)
}
