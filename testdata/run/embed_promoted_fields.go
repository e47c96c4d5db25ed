// Embedded structs promote fields: access by short and full name, at several depths, and in literals.
package main

type Base struct {
	ID   int
	Name string
}

type Mid struct {
	Base
	Level int
}

type Top struct {
	Mid
	Extra string
}

func main() {
	t := Top{Mid: Mid{Base: Base{ID: 1, Name: "x"}, Level: 2}, Extra: "e"}
	println(t.ID, t.Name, t.Level, t.Extra)
	println(t.Mid.Base.ID, t.Mid.Level)
	t.ID = 10
	t.Mid.Name = "y"
	println(t.Base.ID, t.Name)
	b := t.Base
	b.ID = 99
	println(t.ID)
	p := &t
	p.Level = 5
	println(t.Level, p.Mid.Level)
	var z Top
	println(z.ID, z.Name == "", z.Level)
}
