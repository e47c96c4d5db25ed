// Unbounded recursion exceeds the 1 GB stack limit: fatal error: stack overflow, exit status 2.
package main

func deep(n int) int {
	var pad [1024]int
	pad[n%1024] = n
	return deep(n+1) + pad[(n+7)%1024]
}

func main() {
	println("recursing")
	println(deep(0))
}
