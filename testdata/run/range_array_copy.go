// range over an array value iterates over a copy; over a pointer to array or a slice it sees updates.
package main

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			println("array copy:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			println("pointer:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range arr[:] {
		arr[2] = 100
		if i == 2 {
			println("slice:", v)
		}
	}
	var grid [2][2]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*2 + j
		}
	}
	println(grid[1][0], grid[1][1])
	for _, row := range grid {
		row[0] = -1
	}
	println(grid[0][0])
	count := 0
	var big [1000]byte
	for range big {
		count++
	}
	println(count)
}
