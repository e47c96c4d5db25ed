// Named types: distinct types with the same underlying type, explicit conversions between them.
package main

type Meters float64
type Feet float64
type ID int
type Name string
type Flag bool

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

func main() {
	var m Meters = 100
	f := toFeet(m)
	println(m, f)
	var id ID = 7
	n := int(id) + 1
	id2 := ID(n) * 2
	println(id2, id2 > id)
	var s Name = "tgo"
	s += "!"
	println(s, len(s), string(s) == "tgo!")
	var fl Flag = 3 > 2
	println(fl, !fl)
	raw := 12.5
	println(Meters(raw) + 1)
}
