// After close, buffered values are still received (ok true), then zero values with ok false.
package main

type pair struct {
	a int
	s string
}

func main() {
	c := make(chan pair, 3)
	c <- pair{1, "one"}
	c <- pair{2, "two"}
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		println(v.a, v.s, ok, len(c))
	}
	u := make(chan int)
	close(u)
	v, ok := <-u
	println(v, ok)
	println(<-u)
	f := make(chan float64)
	go func() { close(f) }()
	x, ok := <-f
	println(x, ok)
}
