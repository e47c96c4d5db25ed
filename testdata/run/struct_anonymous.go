// Anonymous struct types: variables, literals, fields of anonymous struct type, assignability.
package main

type Named struct {
	A int
	B string
}

func main() {
	var point struct {
		X, Y int
	}
	point.X = 3
	point.Y = 4
	println(point.X*point.X + point.Y*point.Y)
	cfg := struct {
		Name  string
		Debug bool
		Inner struct{ Level int }
	}{Name: "tgo", Debug: true}
	cfg.Inner.Level = 2
	println(cfg.Name, cfg.Debug, cfg.Inner.Level)
	anon := struct {
		A int
		B string
	}{1, "one"}
	var n Named = anon
	println(n.A, n.B)
	other := struct {
		A int
		B string
	}{1, "one"}
	println(anon == other)
	var empty struct{}
	println(empty == struct{}{})
}
