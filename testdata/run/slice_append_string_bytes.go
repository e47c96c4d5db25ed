// append([]byte, string...) appends the string's bytes; copy from a string into a []byte.
package main

func main() {
	b := []byte("hello")
	b = append(b, ", world"...)
	println(string(b), len(b))
	var c []byte
	c = append(c, "héllo"...)
	println(len(c), c[1], c[2])
	s := "xyz"
	c = append(c[:0], s[1:]...)
	println(string(c))
	d := make([]byte, 3)
	n := copy(d, "abcdef")
	println(n, string(d))
	n = copy(d[1:], "Z")
	println(n, string(d))
	e := make([]byte, 10)
	n = copy(e, "hi")
	println(n, string(e[:n]))
	n = copy(e, "")
	println(n)
}
