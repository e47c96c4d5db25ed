// A three-stage pipeline: generate, square, sum; stages connected by unbuffered channels.
package main

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		println(v)
	}
	c := gen()
	for i := 0; i < 50; i++ {
		c = sq(c)
	}
	_, ok := <-c
	println("long empty pipeline closed:", !ok)
}
