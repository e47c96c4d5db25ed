// Recovered type-assertion panics: exact texts for concrete, interface, nil and named-type targets.
package main

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name + ": " + e.Error())
		}
	}()
	f()
}

func main() {
	var a any = 1
	var i I = T{}
	var nilI I
	var nilA any
	try("int->string", func() { _ = a.(string) })
	try("int->MyInt", func() { _ = a.(MyInt) })
	try("I->J", func() { _ = i.(J) })
	try("I->*T", func() { _ = i.(*T) })
	try("nil I->T", func() { _ = nilI.(T) })
	try("nil any->I", func() { _ = nilA.(I) })
	try("any->I", func() { _ = a.(I) })
	try("any->[]int", func() { _ = a.([]int) })
	try("any->map", func() { _ = a.(map[string]int) })
	try("ok", func() { _ = i.(T) })
}
