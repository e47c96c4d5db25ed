// nil slices: len/cap 0, equal to nil, ranging does nothing, append allocates, empty but non-nil differ.
package main

func count(s []int) int { return len(s) }

func main() {
	var s []int
	println(s == nil, len(s), cap(s), count(s), count(nil))
	for range s {
		println("never")
	}
	t := s[:]
	println(t == nil)
	t = s[0:0]
	println(t == nil)
	e := []int{}
	println(e == nil, len(e))
	m := make([]int, 0)
	println(m == nil)
	s = append(s, 1)
	println(s == nil, len(s))
	s = nil
	println(s == nil)
	var ss [][]int
	ss = append(ss, nil)
	println(len(ss), ss[0] == nil)
}
