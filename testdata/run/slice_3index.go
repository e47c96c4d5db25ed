// Full slice expressions a[lo:hi:max] on arrays, slices and array pointers limit the capacity.
package main

var sink []int

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	println(len(s), cap(s), s[0], s[1])
	s = append(s, 100)
	println(arr[3], len(s), cap(s))
	s = append(s, 200)
	println(arr[4], len(s), s[3])
	sl := []int{10, 20, 30, 40, 50}
	t := sl[:2:2]
	println(len(t), cap(t))
	t = append(t, 7)
	println(sl[2], t[2])
	p := &arr
	u := p[2:4:6]
	println(len(u), cap(u), u[0])
	v := sl[1:1:3]
	println(len(v), cap(v))
	v = append(v, 66)
	println(sl[1], v[0])
	w := sl[0:0:0]
	println(len(w), cap(w))
	sink = w
}
