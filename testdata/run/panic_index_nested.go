// Out-of-range index on the inner array of an array of arrays reports the inner length.
package main

func main() {
	var grid [4][2]int
	r, c := 3, 2
	grid[r][c-1] = 7
	println(grid[r][c-1])
	grid[r][c] = 8
}
