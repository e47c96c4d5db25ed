// Method expressions T.M and (*T).M are functions taking the receiver as first argument.
package main

type Vec struct{ x, y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.x + o.x, v.y + o.y} }
func (v *Vec) Scale(k int)     { v.x *= k; v.y *= k }
func (v Vec) String() string   { return "(" + itoa(v.x) + "," + itoa(v.y) + ")" }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	add := Vec.Add
	v := add(Vec{1, 2}, Vec{3, 4})
	println(v.String())
	scale := (*Vec).Scale
	scale(&v, 10)
	println(Vec.String(v))
	padd := (*Vec).Add
	println(padd(&v, Vec{-40, -60}).String())
	fs := []func(Vec) string{Vec.String, func(v Vec) string { return "lit" }}
	for _, f := range fs {
		println(f(Vec{7, 8}))
	}
	type I interface{ String() string }
	istr := I.String
	println(istr(Vec{0, -5}))
}
