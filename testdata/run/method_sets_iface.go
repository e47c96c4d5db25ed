// Method sets: T has value methods, *T has both; only *T satisfies an interface needing a pointer method.
package main

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type V struct{ x int }

func (v V) Get() int   { return v.x }
func (v *V) Set(n int) { v.x = n }

func use(gs GetSetter, n int) int {
	gs.Set(n)
	return gs.Get()
}

func main() {
	v := V{1}
	var g Getter = v
	var gp Getter = &v
	v.x = 2
	println(g.Get(), gp.Get())
	println(use(&v, 7), v.x)
	var s Setter = &v
	s.Set(9)
	println(v.x, g.Get())
	var anyv any = v
	_, isGS := anyv.(GetSetter)
	_, isG := anyv.(Getter)
	var anyp any = &v
	_, pIsGS := anyp.(GetSetter)
	println(isGS, isG, pIsGS)
}
