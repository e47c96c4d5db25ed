// Elements larger than a few words are copied whole through buffered and unbuffered channels.
package main

type big struct {
	id   int
	data [64]int
	name string
}

func mk(id int) big {
	var b big
	b.id = id
	for i := range b.data {
		b.data[i] = id*1000 + i
	}
	b.name = "item"
	return b
}

func check(b big) int {
	s := 0
	for _, v := range b.data {
		s += v
	}
	return s + b.id
}

func main() {
	u := make(chan big)
	go func() {
		for i := 0; i < 3; i++ {
			u <- mk(i)
		}
	}()
	for i := 0; i < 3; i++ {
		b := <-u
		println(b.id, b.name, check(b))
	}
	buf := make(chan big, 2)
	buf <- mk(7)
	buf <- mk(8)
	x, y := <-buf, <-buf
	println(x.id, y.id, check(x), check(y), x.data[63], y.data[0])
	arr := make(chan [3]string, 1)
	arr <- [3]string{"a", "b", "c"}
	r := <-arr
	println(r[0] + r[1] + r[2])
}
