// Send-only and receive-only channel types in parameters and results.
package main

func producer(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func consumer(in <-chan string, done chan<- int) {
	n := 0
	for w := range in {
		n += len(w)
		println("word", w)
	}
	done <- n
}

func main() {
	c := make(chan string)
	done := make(chan int)
	go producer(c, []string{"alpha", "beta", "gamma"})
	go consumer(c, done)
	println("letters", <-done)
	var ro <-chan string = c
	var so chan<- string = c
	println(cap(ro), cap(so), len(ro))
}
