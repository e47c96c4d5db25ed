// Converting a slice to an array copies; converting to an array pointer shares storage (Go 1.20).
package main

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	println(s[0], a[0])
	p := (*[4]int)(s)
	p[1] = 200
	println(s[1])
	q := (*[2]int)(s[2:])
	q[0] = 300
	println(s[2], len(q))
	b := [2]int(s[1:3])
	println(b[0], b[1])
	var e []int
	z := (*[0]int)(e)
	println(z == nil)
	z2 := [0]int(e)
	println(len(z2))
	str := []string{"x", "y"}
	arr := [2]string(str)
	println(arr[0] + arr[1])
}
