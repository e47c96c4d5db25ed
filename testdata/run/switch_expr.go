// Expression switch: first matching case wins, lists of values per case, no implicit fallthrough.
package main

func name(d int) string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

func main() {
	for d := -1; d <= 7; d++ {
		print(name(d), " ")
	}
	println()
	s := "go"
	switch s + "lang" {
	case "golang":
		println("matched golang")
	case "go":
		println("wrong")
	}
	x := 5
	switch x {
	case 1 + 4:
		println("expression case")
		println("second statement")
	case 6:
		println("six")
	}
	var f float64 = 0.5
	switch f * 2 {
	case 1:
		println("one")
	default:
		println("other")
	}
}
