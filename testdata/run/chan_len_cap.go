// len and cap of channels: nil, unbuffered, buffered while filling and draining.
package main

func main() {
	var n chan int
	println(len(n), cap(n))
	u := make(chan int)
	println(len(u), cap(u))
	b := make(chan int, 5)
	for i := 0; i < 5; i++ {
		b <- i
		print(len(b), "/", cap(b), " ")
	}
	println()
	for i := 0; i < 5; i++ {
		<-b
		print(len(b), " ")
	}
	println()
	var size int64 = 3
	s := make(chan string, size)
	s <- "x"
	println(len(s), cap(s))
	close(s)
	println(len(s), cap(s))
}
