// Slicing an array with 2 indices: shared storage, len and cap from the array's length.
package main

func main() {
	var a [8]int
	for i := range a {
		a[i] = i * 10
	}
	s := a[2:5]
	println(len(s), cap(s), s[0], s[2])
	s[1] = 99
	println(a[3])
	t := a[:]
	println(len(t), cap(t))
	u := a[6:]
	println(len(u), cap(u), u[1])
	v := a[:0]
	println(len(v), cap(v))
	w := s[1:6]
	println(len(w), cap(w), w[0], w[4])
	a[7] = -1
	println(w[4], u[1])
	e := a[8:]
	println(len(e), cap(e))
}
