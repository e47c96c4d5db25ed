// Slices of slices: jagged rows, rows sharing one backing array, and appending to a row.
package main

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	for _, row := range grid {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	backing := make([]int, 9)
	rows := [][]int{backing[0:3], backing[3:6], backing[6:9]}
	rows[1][1] = 5
	println(backing[4])
	rows[0] = append(rows[0], 42)
	println(backing[3], rows[1][0])
	tri := [][]string{{"a"}, {"b", "c"}}
	tri = append(tri, []string{"d", "e", "f"})
	tri[0] = append(tri[0], "z")
	println(len(tri), len(tri[0]), tri[0][1], tri[2][2])
	cube := [][][]int{{{1, 2}, {3}}, {{4, 5, 6}}}
	println(len(cube), len(cube[0]), cube[1][0][2], cube[0][1][0])
}
