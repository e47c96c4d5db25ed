// Tagless switch (switch true): cases are boolean conditions evaluated in order.
package main

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

var evals int

func check(b bool) bool {
	evals++
	return b
}

func main() {
	println(grade(95), grade(85), grade(72), grade(10))
	switch {
	case check(false):
		println("no")
	case check(true):
		println("second case")
	case check(true):
		println("not evaluated")
	}
	println("evaluations:", evals)
	switch true {
	case 1 > 2:
		println("no")
	case 2 > 1:
		println("switch true")
	}
}
