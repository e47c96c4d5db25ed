// copy between slices: returns min(len) and handles overlapping source and destination.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)
	big := make([]int, 8)
	n = copy(big, src)
	println(n)
	show(big)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	println(n)
	show(s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[3:])
	println(n)
	show(s)
	var nilS []int
	println(copy(nilS, src), copy(dst, nilS))
	strs := []string{"a", "b"}
	other := []string{"x", "y", "z"}
	println(copy(other, strs), other[0]+other[1]+other[2])
}
