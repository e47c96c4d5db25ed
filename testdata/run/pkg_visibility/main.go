// Package-level visibility across packages: exported names, unexported fields behind methods,
// constructors, exported constants/vars, promoted methods of an embedded foreign type,
// an internal package, and same-named unexported identifiers in two packages.
package main

import (
	"example.com/visibility/internal/mathx"
	"example.com/visibility/shapes"
)

// helper has the same name as an unexported function of package shapes; no clash.
func helper() string { return "main.helper" }

type Labeled struct {
	shapes.Rect
	Label string
}

func main() {
	r := shapes.NewRect(3, 4)
	println(r.Area(), r.Perimeter(), r.Name)
	r.Name = "renamed"
	r.Scale(2)
	println(r.Area(), r.Name, r.Describe())
	println(shapes.Version, shapes.MaxSides, shapes.Count())
	shapes.DefaultName = "custom"
	s := shapes.NewRect(1, 1)
	println(s.Name, shapes.Count())
	var sh shapes.Shape = r
	println(sh.Area())
	l := Labeled{*shapes.NewRect(2, 5), "lbl"}
	println(l.Area(), l.Label, l.Name)
	var sh2 shapes.Shape = &l
	println(sh2.Area())
	println(helper(), mathx.Square(9), mathx.Pi100)
	sq := shapes.Square(3)
	println(sq.Area(), sq.Describe())
	var z shapes.Rect
	println(z.Area(), z.Name == "")
}
