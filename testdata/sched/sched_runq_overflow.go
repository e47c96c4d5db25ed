// More runnable goroutines than the local run queue holds: half of it spills to the global queue. (Real Go varies here about one run in four, when its own runtime schedules an extra round.)
package main

func main() {
	done := make(chan bool)
	for i := 0; i < 300; i++ {
		go func() {
			print(i, " ")
			done <- true
		}()
	}
	for i := 0; i < 300; i++ {
		<-done
	}
	println()
}
