// make(map) with and without a size hint: starts empty, grows past the hint, len tracks entries.
package main

func main() {
	a := make(map[int]int)
	b := make(map[int]string, 100)
	c := make(map[string]bool, 0)
	println(len(a), len(b), len(c))
	for i := 0; i < 1000; i++ {
		a[i] = i * 2
		if i < 10 {
			b[i] = "v"
		}
	}
	println(len(a), len(b), a[999], b[9])
	n := 3
	d := make(map[int]int, n)
	for i := 0; i < 50; i++ {
		d[i%7] += i
	}
	println(len(d), d[0], d[6])
}
