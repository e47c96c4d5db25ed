// An unrecovered panic in a goroutine prints that goroutine's id: user goroutines start at 6 with one P.
package main

func main() {
	c := make(chan int)
	for i := 0; i < 2; i++ {
		go func() { c <- i }()
		<-c
	}
	go func() {
		panic("boom in goroutine")
	}()
	<-c
}
