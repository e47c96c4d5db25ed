// cap(append(nil, make([]T, n)...)) for every n up to 33,000: one growth of
// a nil slice straight to n elements, rounded up to Go's size classes
// ([]byte, []int, []string and a 24-byte struct with a pointer).  Prints
// the n at which the capacity changes and the new capacity.
package main

type rec struct {
	p    *int
	a, b int
}

func report(name string, capOf func(n int) int) {
	print(name)
	last := -1
	for n := 0; n <= 33000; n++ {
		if c := capOf(n); c != last {
			print(" ", n, ":", c)
			last = c
		}
	}
	println()
}

func main() {
	report("[]byte", func(n int) int { return cap(append([]byte(nil), make([]byte, n)...)) })
	report("[]int", func(n int) int { return cap(append([]int(nil), make([]int, n)...)) })
	report("[]string", func(n int) int { return cap(append([]string(nil), make([]string, n)...)) })
	report("[]rec", func(n int) int { return cap(append([]rec(nil), make([]rec, n)...)) })
}
