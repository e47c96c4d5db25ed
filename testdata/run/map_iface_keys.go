// Interface-typed map keys: keys equal only when dynamic type and value are equal (int 1 vs int64 1).
package main

type MyInt int

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[MyInt(1)] = "MyInt"
	m["1"] = "string"
	m[1.0] = "float64"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ a int }{1}] = "struct"
	println(len(m))
	println(m[1], m[int64(1)], m[MyInt(1)], m["1"], m[1.0], m[true])
	println(m[[2]int{1, 1}], m[struct{ a int }{1}])
	_, ok := m[int8(1)]
	println(ok)
	m[nil] = "nil"
	println(m[nil], len(m))
	var ik any = 1
	println(m[ik])
	sm := map[Shape]int{}
	sm[Sq{2}] = 4
	sm[Sq{3}] = 9
	println(sm[Sq{2}], sm[Sq{3}], sm[Sq{4}])
}
