// A select whose channels can never become ready deadlocks in state "select".
package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case v := <-a:
		println(v)
	case b <- "x":
		println("sent")
	}
}
