// A for-select loop serves values until a quit channel says stop.
package main

func fib(c, quit chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			println(<-c)
		}
		quit <- 0
		done <- true
	}()
	fib(c, quit)
	<-done
}
