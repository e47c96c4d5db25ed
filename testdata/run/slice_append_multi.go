// append with several values, with s... of another slice, and of a slice onto itself.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("len", len(s))
}

func main() {
	s := []int{1}
	s = append(s, 2, 3, 4)
	show(s)
	t := []int{5, 6}
	s = append(s, t...)
	show(s)
	s = append(s, s...)
	show(s)
	s = append(s[:2], s[5:7]...)
	show(s)
	var empty []int
	s = append(s, empty...)
	show(s)
	var n []int
	n = append(n, nil...)
	println(n == nil, len(n))
	u := append([]int(nil), 9, 8)
	show(u)
	v := append(u[:1], 7)
	show(u)
	show(v)
}
