// A buffered channel keeps values in FIFO order; len and cap report its state; it wraps around.
package main

func main() {
	c := make(chan int, 4)
	println(len(c), cap(c))
	for round := 0; round < 3; round++ {
		c <- round*10 + 1
		c <- round*10 + 2
		c <- round*10 + 3
		println(len(c), cap(c))
		println(<-c, <-c)
		println(len(c))
		println(<-c)
	}
	for i := 0; i < 4; i++ {
		c <- i
	}
	close(c)
	for v := range c {
		print(v, " ")
	}
	println()
	s := make(chan string, 2)
	s <- "hello"
	s <- "world"
	println(<-s + " " + <-s)
}
