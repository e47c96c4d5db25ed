// A select with one case is a plain channel operation (gc compiles it so): the deadlock says chan receive.
package main

func main() {
	c := make(chan int)
	select {
	case v := <-c:
		println(v)
	}
}
