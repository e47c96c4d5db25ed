// Type assertions with comma-ok: to concrete types and to interfaces, never panicking.
package main

type Stringer interface{ String() string }
type Num int

func (n Num) String() string { return "Num" }

func main() {
	var x any = Num(3)
	n, ok := x.(Num)
	println(n, ok)
	i, ok := x.(int)
	println(i, ok)
	s, ok := x.(Stringer)
	println(ok, s.String())
	str, ok := x.(string)
	println(str == "", ok)
	var nilAny any
	_, ok = nilAny.(int)
	println(ok)
	_, ok = nilAny.(Stringer)
	println(ok)
	var st Stringer = Num(1)
	nn, ok := st.(Num)
	println(nn, ok)
	_, ok = st.(interface{ Missing() })
	println(ok)
	if v, ok := x.(interface{ String() string }); ok {
		println("anon iface", v.String())
	}
}
