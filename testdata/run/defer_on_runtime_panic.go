// Deferred calls run on runtime panics (index out of range) and can log state before the crash.
package main

var log []string

func record(s string) { log = append(log, s) }

func work(xs []int, i int) int {
	defer record("work exit")
	return xs[i]
}

func main() {
	defer func() {
		for _, s := range log {
			println("log:", s)
		}
	}()
	println(work([]int{1, 2}, 1))
	println(work([]int{1, 2}, 5))
}
