// Arrays are values: assignment and passing copy all elements.
package main

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	println(a[0], a[1], a[2])
	println(b[0], b[1], b[2])
	c := modify(a)
	println(a[0], c[0])
	var grid [2][2]int
	row := grid[0]
	row[1] = 5
	println(grid[0][1], row[1])
	grid[1] = row
	println(grid[1][1])
	println(len(a), len(grid), len(grid[0]))
}
