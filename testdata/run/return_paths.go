// return from inside loops and switches; functions whose last statement is a terminating statement.
package main

func firstNegative(a [6]int) int {
	for i := 0; i < len(a); i++ {
		if a[i] < 0 {
			return i
		}
	}
	return -1
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	default:
		return 0
	}
}

func loopForever(limit int) int {
	n := 0
	for {
		n++
		if n*n > limit {
			return n
		}
	}
}

func ifElse(b bool) string {
	if b {
		return "yes"
	} else {
		return "no"
	}
}

func main() {
	println(firstNegative([6]int{3, 1, -4, 1, -5, 9}), firstNegative([6]int{}))
	println(sign(-9), sign(0), sign(9))
	println(loopForever(50))
	println(ifElse(true), ifElse(false))
}
