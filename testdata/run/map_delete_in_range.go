// Deleting entries during range is allowed: deleted entries not yet reached are not produced.
package main

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	println(len(m))
	sum := 0
	for k := range m {
		sum += k
	}
	println(sum)
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, k^1)
	}
	println(len(m), seen <= 34)
}
