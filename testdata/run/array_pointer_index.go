// A pointer to an array can be indexed directly; len works on it; writes go to the array.
package main

func fill(p *[4]int, v int) {
	for i := 0; i < len(p); i++ {
		p[i] = v + i
	}
}

func main() {
	var a [4]int
	p := &a
	fill(p, 10)
	println(a[0], a[1], a[2], a[3])
	p[2] = 99
	println(a[2], (*p)[2], len(p))
	q := &a[3]
	*q = -1
	println(a[3])
	var grid [2][3]int
	row := &grid[1]
	row[2] = 5
	println(grid[1][2])
}
