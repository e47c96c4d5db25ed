// Automatic & and * on method calls: v.PtrMethod() takes &v, p.ValMethod() copies *p; via fields and slices.
package main

type T struct{ n int }

func (t T) Val() int { return t.n }
func (t *T) Ptr()    { t.n += 10 }

type Holder struct {
	t  T
	pt *T
}

func main() {
	var v T
	v.Ptr()
	println(v.Val())
	p := &v
	println(p.Val())
	(*p).Ptr()
	println(v.n)
	h := Holder{pt: &T{1}}
	h.t.Ptr()
	h.pt.Ptr()
	println(h.t.Val(), h.pt.Val())
	ts := []T{{1}, {2}}
	ts[0].Ptr()
	println(ts[0].n)
	arr := [2]T{}
	arr[1].Ptr()
	println(arr[1].Val())
	pp := &p
	(*pp).Ptr()
	println((**pp).n)
	m := map[string]*T{"a": {5}}
	m["a"].Ptr()
	println(m["a"].Val())
}
