// Missing map keys yield the zero value; v, ok := m[k] distinguishes absence from zero.
package main

type S struct {
	a int
	b string
}

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	println(m["nope"], m["zero"])
	v, ok := m["zero"]
	println(v, ok)
	v, ok = m["nope"]
	println(v, ok)
	if _, ok := m["one"]; ok {
		println("has one")
	}
	ms := map[int]S{}
	s := ms[5]
	println(s.a, s.b == "")
	mp := map[int]*S{}
	println(mp[1] == nil)
	mf := map[int]float64{}
	f, found := mf[0]
	println(f, found)
	var ok2 bool
	_, ok2 = ms[5]
	println(ok2)
}
