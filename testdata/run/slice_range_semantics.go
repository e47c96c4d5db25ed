// range over a slice evaluates the slice once: appends inside the loop are not visited, writes are.
package main

func main() {
	s := []int{1, 2, 3}
	n := 0
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[2] = 30
		}
		n++
		print(v, " ")
	}
	println(n, len(s))
	t := []int{1, 2, 3}
	for i, v := range t {
		t[len(t)-1-i] = v * 10
	}
	println(t[0], t[1], t[2])
	u := []int{5, 6, 7}
	for i := range u {
		u[i] *= 2
	}
	println(u[0], u[1], u[2])
	type P struct{ x int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.x = 100
	}
	println(ps[0].x)
	for i := range ps {
		ps[i].x = 100
	}
	println(ps[1].x)
}
