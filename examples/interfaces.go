// interfaces: dynamic dispatch, type switches, and errors.
package main

type shape interface{ area() float64 }

type rect struct{ w, h float64 }
type circle struct{ r float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }

type tooBig struct{ a float64 }

func (e tooBig) Error() string { return "shape too big" }

func check(s shape) error {
	if s.area() > 100 {
		return tooBig{s.area()}
	}
	return nil
}

func main() {
	shapes := []shape{rect{3, 4}, circle{10}, rect{1, 1}}
	for _, s := range shapes {
		switch v := s.(type) {
		case rect:
			print("rect ", v.w, "x", v.h)
		case circle:
			print("circle r=", v.r)
		}
		if err := check(s); err != nil {
			println(" ->", err.Error())
		} else {
			println(" -> ok, area", s.area())
		}
	}
}
