// goto: backward jumps forming a loop, forward jumps skipping code, jumps out of blocks.
package main

func sumTo(n int) int {
	i, s := 0, 0
loop:
	if i > n {
		goto done
	}
	s += i
	i++
	goto loop
done:
	return s
}

func find(target int) int {
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == target {
				println("found at", i, j)
				goto out
			}
		}
	}
	println("not found")
	return -1
out:
	return target
}

func main() {
	println(sumTo(100))
	println(find(42))
	println(find(97))
	goto skip
skip:
	println("end")
}
