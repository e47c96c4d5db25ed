// A blocked select is woken by whichever channel becomes ready; its other cases are withdrawn.
package main

func main() {
	a := make(chan int)
	b := make(chan int)
	res := make(chan string)
	for round := 0; round < 4; round++ {
		go func() {
			select {
			case v := <-a:
				res <- "a " + string(rune('0'+v))
			case v := <-b:
				res <- "b " + string(rune('0'+v))
			}
		}()
		if round%2 == 0 {
			a <- round
		} else {
			b <- round
		}
		println(<-res)
	}
	// the withdrawn cases are gone: a plain receiver gets the next value
	go func() { a <- 9 }()
	println(<-a)
}
