// Tuple assignment evaluates all right-hand sides (and index operands) before assigning.
package main

func main() {
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	var arr [3]int
	i := 0
	i, arr[i] = 2, 9
	println(i, arr[0], arr[1], arr[2])
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	s := [4]int{10, 20, 30, 40}
	j := 1
	s[j], s[j+1] = s[j+1], s[j]
	println(s[0], s[1], s[2], s[3])
	m, n := fib2(10)
	println(m, n)
}

func fib2(k int) (int, int) {
	a, b := 0, 1
	for ; k > 0; k-- {
		a, b = b, a+b
	}
	return a, b
}
