// Passing pointers lets a function change its caller's variables (swap, out-parameters).
package main

func swap(a, b *int) {
	*a, *b = *b, *a
}

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func bump(pp **int) {
	**pp *= 2
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	var q, r int
	divmod(17, 5, &q, &r)
	println(q, r)
	p := &q
	bump(&p)
	println(q)
	arr := [2]int{7, 8}
	swap(&arr[0], &arr[1])
	println(arr[0], arr[1])
}
