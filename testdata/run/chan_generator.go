// Generators: functions that return a receive-only channel fed by their own goroutine.
package main

func fibs(n int) <-chan int {
	c := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			c <- a
			a, b = b, a+b
		}
		close(c)
	}()
	return c
}

func take(c <-chan int, n int) []int {
	var out []int
	for v := range c {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	for v := range fibs(15) {
		print(v, " ")
	}
	println()
	println(len(take(fibs(30), 5)))
}
