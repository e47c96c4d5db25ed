// A receive case on a closed channel is always ready and yields the zero value with ok false.
package main

func main() {
	c := make(chan int)
	close(c)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case v, ok := <-c:
			if v == 0 && !ok {
				n++
			}
		}
	}
	println(n)
	open := make(chan int)
	select {
	case v, ok := <-c:
		println("closed case", v, ok)
	case <-open:
		println("open case")
	}
	b := make(chan string, 1)
	b <- "buffered"
	close(b)
	for i := 0; i < 2; i++ {
		select {
		case s, ok := <-b:
			println(s, ok)
		case <-open:
		}
	}
}
