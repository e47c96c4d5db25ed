// Deep recursion (1,000,000 frames) works on a goroutine's stack as on the main goroutine's.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(1000000))
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			done <- depth(1000000 + i)
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	println(sum)
}
