// The three for forms: infinite for {}, condition-only for cond {}, and for init; cond; post {}.
package main

func main() {
	i := 0
	for {
		i++
		if i == 4 {
			break
		}
	}
	println("infinite loop ended at", i)
	n := 1
	for n < 100 {
		n *= 3
	}
	println("while loop:", n)
	sum := 0
	for j := 1; j <= 10; j++ {
		sum += j
	}
	println("counted loop:", sum)
	k := 0
	for ; k < 3; {
		k++
	}
	println("for with empty clauses:", k)
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		print(a, "-", b, " ")
	}
	println()
	count := 0
	for x := 10; x > 0; x -= 3 {
		count++
	}
	println(count)
	for false {
		println("never")
	}
}
