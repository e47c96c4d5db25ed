// Higher-order functions: map/filter/reduce over slices written with func parameters.
package main

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []int, keep func(int) bool) []int {
	var out []int
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reduce(s []int, init int, f func(int, int) int) int {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(nums, func(x int) int { return x * x })
	even := filter(sq, func(x int) bool { return x%2 == 0 })
	sum := reduce(even, 0, func(a, b int) int { return a + b })
	println(len(even), sum)
	threshold := 20
	big := filter(sq, func(x int) bool { return x > threshold })
	println(len(big), big[0])
	maxOf := reduce(nums, nums[0], func(a, b int) int {
		if b > a {
			return b
		}
		return a
	})
	println(maxOf)
	calls := 0
	counted := func(x int) int { calls++; return -x }
	r := mapInts(nums[:3], counted)
	println(calls, r[0], r[2])
}
