// Named results start at zero, can be assigned anywhere, and a bare return returns them.
package main

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func counter(n int) (evens, odds int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			evens++
			continue
		}
		odds++
	}
	return
}

func early(v int) (result string, ok bool) {
	if v < 0 {
		return
	}
	result = "non-negative"
	ok = true
	return
}

func override() (n int) {
	n = 5
	return n * 2
}

func main() {
	println(split(17))
	println(counter(7))
	println(early(-1))
	println(early(3))
	println(override())
}
