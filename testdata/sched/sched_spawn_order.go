// With one P, the newest goroutine runs first (runnext), then the older ones in creation order.
package main

func main() {
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func() {
			println("goroutine", i)
			done <- i
		}()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	println("main done")
}
