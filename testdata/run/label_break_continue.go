// Labeled break and continue leave or restart an outer loop from nested loops and switches.
package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	found := -1
search:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			if r*c == 6 {
				found = r*10 + c
				break search
			}
		}
	}
	println("found", found)
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
			continue loop
		}
	}
	println("n", n)
	count := 0
rows:
	for r := 0; r < 4; r++ {
		switch r {
		case 1:
			continue rows
		case 3:
			break rows
		}
		count++
	}
	println("count", count)
}
