// range over a channel ends when the channel is closed and drained.
package main

func produce(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- i * i
		}
	}()
	return c
}

func main() {
	sum := 0
	for v := range produce(10) {
		sum += v
		print(v, " ")
	}
	println()
	println("sum", sum)
	n := 0
	for range produce(5) {
		n++
	}
	println("count", n)
}
