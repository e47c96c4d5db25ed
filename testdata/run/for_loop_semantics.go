// for loops: the condition re-evaluated each iteration, multiple assignment in post, and infinite loops with break.
package main

func main() {
	s := []int{1, 2, 3}
	iters := 0
	for i := 0; i < len(s); i++ {
		if i == 0 {
			s = append(s, 4, 5)
		}
		iters++
	}
	println(iters)
	for i, j := 0, 10; i < j; i, j = i+2, j-3 {
		print(i, ":", j, " ")
	}
	println()
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println(steps)
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	println(k)
	var i int
	for i = 0; i < 3; i++ {
	}
	println(i)
}
