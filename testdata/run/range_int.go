// range over an integer (Go 1.22): 0..n-1, zero and negative counts, the count evaluated once.
package main

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()
	n := 0
	for range 3 {
		n++
	}
	println(n)
	for i := range 0 {
		println("never", i)
	}
	neg := -4
	for i := range neg {
		println("never", i)
	}
	limit := 3
	for i := range limit {
		limit = 10
		print(i, " ")
	}
	println(limit)
	sum := 0
	for i := range 101 {
		sum += i
	}
	println(sum)
	for i := range 4 {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		print("i=", i, " ")
	}
	println()
}
