// Channels of channels: each request carries its own reply channel.
package main

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		println(i, <-r.reply)
	}
	close(reqs)
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through two channels"
	println(<-inner)
}
