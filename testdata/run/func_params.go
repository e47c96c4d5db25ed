// Parameter passing: values are copied, grouped parameter types, unnamed results, void functions.
package main

func addAll(a, b, c int, scale float64) float64 {
	return float64(a+b+c) * scale
}

func mutate(n int, s string, arr [2]int) {
	n++
	s += "!"
	arr[0] = 99
	println("inside", n, s, arr[0])
}

func nothing() {}

func greet(name string) {
	if name == "" {
		println("hello, stranger")
		return
	}
	println("hello,", name)
}

func main() {
	println(addAll(1, 2, 3, 0.5))
	n, s, arr := 1, "hi", [2]int{1, 2}
	mutate(n, s, arr)
	println("outside", n, s, arr[0])
	nothing()
	greet("")
	greet("gopher")
}
