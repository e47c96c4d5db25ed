// Per-iteration loop variables in a 3-clause loop: the copy happens before the post statement.
package main

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 0 {
			i++
		}
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func()
	for i := 0; i < 3; i++ {
		gs = append(gs, func() { i += 10; print(i, " ") })
	}
	for _, g := range gs {
		g()
	}
	for _, g := range gs {
		g()
	}
	println()
	var ptrs []*int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		ptrs = append(ptrs, &j)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
}
