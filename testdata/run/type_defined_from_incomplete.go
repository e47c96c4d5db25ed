// A defined type whose underlying type is a type still being declared (through a pointer):
// type T2 T1 inside T1's declaration takes T1's struct as its underlying type (Go's bug336).
package main

type T1 struct{ Next *T2 }
type T2 T1

type T3 struct{ Next *T4 }
type T4 T5
type T5 T6
type T6 T3

type T10 struct {
	x struct{ y **struct{ Next *T11 } }
}
type T11 T10

type T18 *[3]T19
type T19 T18

type I interface{ Get() J }
type J I

type impl struct{ n int }

func (p impl) Get() J { return p }

func main() {
	t := &T1{&T2{}}
	println(t.Next != nil, t.Next.Next == nil)
	t.Next.Next = &T2{Next: nil}
	println(t.Next.Next.Next == nil)

	c := &T3{&T4{&T4{}}}
	println(c.Next.Next.Next == nil)

	var v T10
	inner := &struct{ Next *T11 }{&T11{}}
	v.x.y = &inner
	println((*v.x.y).Next != nil)

	arr := &[3]T19{}
	p := T18(arr)
	println(len(*p), p[0] == nil)

	var i I = impl{7}
	println(i.Get().Get().(impl).n)
}
