// goto implements loops and early exits; labels on statements, backward and forward jumps.
package main

func find(grid [][]int, target int) (int, int) {
	i := 0
loop:
	if i >= len(grid) {
		goto notfound
	}
	for j, v := range grid[i] {
		if v == target {
			return i, j
		}
	}
	i++
	goto loop
notfound:
	return -1, -1
}

func main() {
	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	println(n)
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	println(find(g, 4))
	println(find(g, 7))
	x := 10
	if x > 5 {
		goto big
	}
	println("small")
big:
	println("done")
}
