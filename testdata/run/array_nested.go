// Arrays of arrays: indexing, row copies, and a transpose.
package main

const N = 3

func transpose(m [N][N]int) [N][N]int {
	var t [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func show(m [N][N]int) {
	for i := 0; i < N; i++ {
		println(m[i][0], m[i][1], m[i][2])
	}
}

func main() {
	var m [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			m[i][j] = i*N + j
		}
	}
	show(m)
	show(transpose(m))
	var cube [2][2][2]int
	cube[1][0][1] = 7
	println(cube[1][0][1], cube[0][1][0], len(cube[1][1]))
}
