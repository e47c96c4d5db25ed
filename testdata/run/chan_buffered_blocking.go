// A sender on a full buffered channel blocks until a receiver makes room; values keep their order.
package main

func main() {
	c := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 6; i++ {
			c <- i
		}
		close(c)
		done <- true
	}()
	sum := 0
	order := ""
	for v := range c {
		sum += v
		order += string(rune('0' + v))
	}
	<-done
	println(sum, order)
}
