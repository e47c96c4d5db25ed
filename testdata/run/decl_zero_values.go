// Every type's zero value: numbers 0, bool false, string "", nil pointer, zeroed arrays and structs.
package main

type S struct {
	n int
	s string
	b bool
	p *int
	a [2]float64
}

var g S

func main() {
	var i int
	var i8 int8
	var u64 uint64
	var f float64
	var f32 float32
	var b bool
	var s string
	var p *S
	var r rune
	var by byte
	var up uintptr
	println(i, i8, u64, f, f32, b, s == "", len(s), p == nil, r, by, up)
	var arr [3]int
	println(arr[0], arr[1], arr[2], len(arr))
	var st S
	println(st.n, st.s == "", st.b, st.p == nil, st.a[0], st.a[1])
	println(g.n, g.b, g.p)
	println(st == g)
}
