// Closures capture variables by reference: writes inside are seen outside and vice versa.
package main

func main() {
	x := 1
	inc := func() { x++ }
	read := func() int { return x }
	inc()
	inc()
	println(x, read())
	x = 100
	println(read())
	s := []int{1, 2, 3}
	mod := func() { s[0] = 99; s = append(s, 4) }
	mod()
	println(s[0], len(s))
	type P struct{ v int }
	p := P{1}
	setp := func(n int) { p.v = n }
	setp(42)
	println(p.v)
	var fs []func() int
	y := 0
	for j := 0; j < 3; j++ {
		fs = append(fs, func() int { return y })
		y += 10
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	str := "a"
	appendS := func(t string) { str += t }
	appendS("b")
	appendS("c")
	println(str)
}
