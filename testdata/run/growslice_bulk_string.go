// cap(append([]string(nil), make([]string, n)...)) for every n up to 33,000: one
// growth of a nil slice straight to n elements, rounded up to Go's size
// classes.  Prints the n at which the capacity changes and the new capacity.
// timeout: 60
package main

type rec struct{ a, b, c int64 } // 24 bytes, pointer-free

var _ rec

func main() {
	last := -1
	for n := 0; n <= 33000; n++ {
		if c := cap(append([]string(nil), make([]string, n)...)); c != last {
			print(" ", n, ":", c)
			last = c
		}
	}
	println()
}
