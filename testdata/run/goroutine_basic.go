// Goroutines started with go run to completion; results come back over a channel and are collected by index.
package main

func square(i int, out chan<- [2]int) {
	out <- [2]int{i, i * i}
}

func main() {
	const n = 10
	out := make(chan [2]int)
	for i := 0; i < n; i++ {
		go square(i, out)
	}
	var res [n]int
	for i := 0; i < n; i++ {
		r := <-out
		res[r[0]] = r[1]
	}
	for i, v := range res {
		println(i, v)
	}
}
