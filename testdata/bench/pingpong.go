// pingpong.go — benchmark: 1,000,000 messages bounced between two
// goroutines over unbuffered channels (every message is a hand-off and a
// context switch).
package main

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	println(sum)
}
