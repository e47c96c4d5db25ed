// Named array and struct types; conversion between struct types with identical fields.
package main

type Vec3 [3]float64
type Grid [2][2]int

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }

type Temp Celsius

func sum(v Vec3) float64 { return v[0] + v[1] + v[2] }

func main() {
	v := Vec3{1, 2, 3.5}
	println(sum(v), len(v))
	raw := [3]float64{4, 5, 6}
	println(sum(Vec3(raw)))
	var g Grid
	g[1][0] = 9
	println(g[1][0], g == Grid{{0, 0}, {9, 0}})
	c := Celsius{100}
	f := Fahrenheit(c)
	println(f.Deg)
	t := Temp(c)
	t.Deg++
	println(t.Deg, c.Deg)
	type Local int
	var l Local = Local(ID(5))
	println(l)
}

type ID int
