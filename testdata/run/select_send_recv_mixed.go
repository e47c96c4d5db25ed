// A select with both send and receive cases: a forwarder between two goroutines.
package main

func main() {
	in := make(chan int)
	out := make(chan int)
	done := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		sum := 0
		for v := range out {
			sum += v
		}
		done <- sum
	}()
	var pending []int
	for in != nil || len(pending) > 0 {
		var sendc chan int
		var next int
		if len(pending) > 0 {
			sendc = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*10)
		case sendc <- next:
			pending = pending[1:]
		}
	}
	close(out)
	println(<-done)
}
