// Labeled break and continue across nested for loops and out of a switch inside a loop.
package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 9}, {9, 9}} {
		for _, v := range row {
			switch {
			case v == 9:
				found = i
				break search
			case v%2 == 0:
				continue search
			}
		}
	}
	println("found row", found)
	n := 0
loop:
	for {
		switch n {
		case 5:
			break loop
		default:
			n++
		}
	}
	println(n)
	count := 0
	L1:
	for a := range 3 {
	L2:
		for b := range 3 {
			for c := range 3 {
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				count += a*100 + b*10 + c
			}
		}
	}
	println(count)
}
