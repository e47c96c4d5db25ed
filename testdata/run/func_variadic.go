// Variadic functions: zero arguments give a nil slice, s... passes the slice itself (shared), mixed params.
package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...string) {
	print(prefix, " ", len(vals), " ", vals == nil)
	for _, v := range vals {
		print(" ", v)
	}
	println()
}

func zero(s ...int) {
	for i := range s {
		s[i] = 0
	}
}

func anys(xs ...any) int { return len(xs) }

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	info("none")
	info("two", "a", "b")
	info("spread", []string{"x"}...)
	info("nil", nil...)
	zero(s...)
	println(s[0], s[2])
	zero(1, 2)
	println(anys(), anys(1, "a", nil), anys(nil), anys([]any{1, 2}...))
	f := sum
	println(f(10, 20))
}
