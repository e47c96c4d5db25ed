// Value receivers get a copy (changes are lost); pointer receivers modify the caller's value.
package main

type Box struct {
	w, h int
	tags []string
}

func (b Box) Area() int { return b.w * b.h }
func (b Box) Grow()     { b.w *= 2; b.tags[0] = "grown-copy" }
func (b *Box) GrowP()   { b.w *= 2 }
func (b *Box) Reset()   { *b = Box{1, 1, []string{"reset"}} }

func main() {
	b := Box{2, 3, []string{"orig"}}
	b.Grow()
	println(b.w, b.tags[0], b.Area())
	b.GrowP()
	println(b.w, b.Area())
	p := &b
	p.GrowP()
	println(b.w, p.Area())
	b.Reset()
	println(b.w, b.h, b.tags[0])
	arr := []Box{{1, 1, nil}, {2, 2, nil}}
	arr[1].GrowP()
	println(arr[1].w)
	for _, x := range arr {
		x.GrowP()
	}
	println(arr[0].w)
}
