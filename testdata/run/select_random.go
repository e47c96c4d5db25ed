// When several cases are ready, select picks one uniformly at random.
package main

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	const n = 30000
	for i := 0; i < n; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	fair := true
	for _, k := range counts {
		if k < n/3-1000 || k > n/3+1000 {
			fair = false
		}
	}
	println("total", counts[0]+counts[1]+counts[2], "fair", fair)
	// sends are chosen randomly too
	x := make(chan int, 1)
	y := make(chan int, 1)
	nx := 0
	for i := 0; i < 10000; i++ {
		select {
		case x <- i:
			<-x
			nx++
		case y <- i:
			<-y
		}
	}
	println("send fair", nx > 4000 && nx < 6000)
}
