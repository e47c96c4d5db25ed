// Slice and array literals with keyed elements: gaps are zero, later keys continue from the last one.
package main

const (
	two  = 2
	five = 5
)

func main() {
	s := []int{1, 2, 5: 50, 60, two: 20}
	println(len(s), cap(s))
	for i, v := range s {
		print(i, ":", v, " ")
	}
	println()
	a := [...]string{3: "d", 1: "b", "c"}
	println(len(a), a[0] == "", a[1], a[2], a[3])
	b := [10]int{five: 1, 9: 2}
	println(b[5], b[9], b[0])
	w := []string{0: "zero", 4: "four"}
	println(len(w), w[0], w[4], w[2] == "")
	nested := [][]int{2: {7, 8}, 0: {1}}
	println(len(nested), len(nested[0]), len(nested[1]), nested[2][1])
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, 3: {x: 9}}
	println(len(ps), ps[0].y, ps[3].x, ps[3].y)
	pp := []*pt{{5, 6}, nil}
	println(pp[0].x, pp[1] == nil)
}
