// Two goroutines bounce a counter over two unbuffered channels.
package main

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		v, ok := <-in
		if !ok {
			done <- name + " saw close"
			return
		}
		if v >= 10 {
			close(out)
			done <- name + " stops at " + itoa(v)
			return
		}
		out <- v + 1
	}
}

func itoa(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	if a > b {
		a, b = b, a
	}
	println(a)
	println(b)
}
