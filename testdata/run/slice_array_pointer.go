// Slicing a pointer to an array, indexing and ranging through it, and len/cap of array pointers.
package main

func fill(p *[5]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [5]int
	p := &a
	fill(p)
	println(len(p), cap(p), a[4])
	s := p[1:4]
	println(len(s), cap(s), s[0], s[2])
	s[0] = -1
	println(a[1], p[1])
	full := p[:]
	full[4] = 100
	println(a[4])
	sum := 0
	for _, v := range p {
		sum += v
	}
	println(sum)
	q := new([3]string)
	q[0] = "a"
	qs := q[:2]
	qs[1] = "b"
	println(q[0] + q[1] + q[2] + "|")
}
