// fallthrough chains through several cases, into default, and is not taken from the last case.
package main

func grade(score int) string {
	s := ""
	switch {
	case score >= 90:
		s += "A"
		fallthrough
	case score >= 80:
		s += "B"
		fallthrough
	case score >= 70:
		s += "C"
	case score >= 60:
		s += "D"
		fallthrough
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, sc := range []int{95, 85, 75, 65, 10} {
		println(sc, grade(sc))
	}
	switch x := 2; x {
	case 1:
		println("one")
	case 2:
		println("two")
		fallthrough
	case 3:
		println("three (fell)")
	case 4:
		println("four")
	}
}
