// break and continue in the innermost loop, in all loop forms.
package main

func main() {
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			continue
		}
		if i > 6 {
			break
		}
		print(i, " ")
	}
	println()
	n := 0
	for {
		n++
		if n < 5 {
			continue
		}
		break
	}
	println(n)
	primes := 0
	for c := 2; c < 50; c++ {
		prime := true
		for d := 2; d*d <= c; d++ {
			if c%d == 0 {
				prime = false
				break
			}
		}
		if !prime {
			continue
		}
		primes++
	}
	println(primes)
	k := 0
	for k < 100 {
		k += 7
		if k%5 != 0 {
			continue
		}
		println("multiple of 35:", k)
		break
	}
}
