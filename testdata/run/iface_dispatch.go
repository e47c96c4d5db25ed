// Dynamic dispatch: one interface variable calling methods of several concrete types.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Area() int   { return s.s * s.s }
func (s *Square) Name() string { return "square" }
func (t Tri) Area() int       { return t.b * t.h / 2 }
func (t Tri) Name() string    { return "tri" }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Tri{6, 5}, Rect{1, 1}}
	for _, s := range shapes {
		println(s.Name(), s.Area())
	}
	println(total(shapes))
	var s Shape = Rect{5, 5}
	println(s.Area())
	s = &Square{3}
	println(s.Area(), s.Name())
	sq := &Square{2}
	s = sq
	sq.s = 10
	println(s.Area())
}
