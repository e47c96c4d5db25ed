// slices: append grows a slice's capacity the way Go 1.26 does (doubling,
// then about 1.25x, rounded up to the allocator's size classes).
package main

var keep []int

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		keep = append(keep, i)
		if cap(keep) != last {
			print(cap(keep), " ")
			last = cap(keep)
		}
	}
	println()
}
