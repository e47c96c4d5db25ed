// cap() after each growth of an escaping []int: Go's growslice formula and size-class rounding.
package main

var sink []int

func main() {
	var s []int
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		sink = s
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	t := make([]int, 0, 5)
	t = append(t, 1, 2, 3, 4, 5, 6)
	sink = t
	println(cap(t))
	u := append([]int{1, 2}, 3, 4, 5, 6, 7, 8, 9)
	sink = u
	println(cap(u))
	var v []int
	v = append(v, make([]int, 13)...)
	sink = v
	println(cap(v))
}
