// Method values and method expressions of every method of an interface,
// not only the first: d.M and I.M for the second and third methods.
package main

type I interface {
	A() int
	M(int) int
	Z() string
}

type D struct{ v int }

func (d D) A() int       { return 1 }
func (d D) M(k int) int  { return d.v * k }
func (d D) Z() string    { return "z" }
func (d *P) A() int      { return 2 }
func (d *P) M(k int) int { return d.v + k }
func (d *P) Z() string   { return "pz" }

type P struct{ v int }

func main() {
	var d I = D{7}
	a, m, z := d.A, d.M, d.Z
	println(a(), m(3), z())
	fa, fm, fz := I.A, I.M, I.Z
	println(fa(d), fm(d, 2), fz(d))
	d = &P{5}
	println(a(), m(3), z()) // bound to the old value
	a, m, z = d.A, d.M, d.Z
	println(a(), m(3), z(), fa(d), fm(d, 2), fz(d))
}
