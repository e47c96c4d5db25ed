// A pointer method called on a call's result (not addressable): gc points
// at the method's name.
package main

type point struct{ x, y int }

func (p point) scaled(k int) point { return point{p.x * k, p.y * k} }
func (p *point) sum() int          { return p.x + p.y }

func main() {
	p := point{1, 2}
	println(p.scaled(2).sum()) // ERROR "cannot call pointer method sum on point"
}
