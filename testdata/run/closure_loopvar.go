// Go 1.22 per-iteration loop variables: closures created in for-range and 3-clause loops see their own copy.
package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i * 100 })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	var ks []func() int
	for k, v := range map[int]int{7: 70} {
		ks = append(ks, func() int { return k + v })
	}
	println(ks[0]())
}
