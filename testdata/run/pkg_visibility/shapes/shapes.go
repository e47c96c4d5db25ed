// Package shapes exports types and functions; its unexported fields and helpers stay private.
package shapes

import "example.com/visibility/internal/mathx"

const Version = "1.2"
const MaxSides = 4

var DefaultName = "rect"

var created int

type Shape interface {
	Area() int
}

type Rect struct {
	w, h int
	Name string
}

func NewRect(w, h int) *Rect {
	created++
	return &Rect{w: w, h: h, Name: DefaultName}
}

func Square(s int) *Rect {
	r := NewRect(s, s)
	r.Name = "square"
	return r
}

func Count() int { return created }

func (r *Rect) Area() int      { return r.w * r.h }
func (r *Rect) Perimeter() int { return 2 * (r.w + r.h) }
func (r *Rect) Scale(k int)    { r.w, r.h = r.w*k, r.h*k }

func helper(r *Rect) string {
	return r.Name + ":" + itoa(r.w) + "x" + itoa(r.h)
}

func (r *Rect) Describe() string { return helper(r) + " diag2=" + itoa(mathx.Square(r.w)+mathx.Square(r.h)) }
