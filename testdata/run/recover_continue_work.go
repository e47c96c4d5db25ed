// A loop that recovers each failing task and continues, counting successes and failures.
package main

func run(task int) (result int, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			failed = true
			result = -1
		}
	}()
	data := []int{10, 20, 30, 40, 50}
	if task == 2 {
		panic("task 2 refuses")
	}
	return data[task] / (task - 1), false
}

func main() {
	ok, bad := 0, 0
	for t := 0; t < 7; t++ {
		r, f := run(t)
		println("task", t, r, f)
		if f {
			bad++
		} else {
			ok++
		}
	}
	println(ok, bad)
}
