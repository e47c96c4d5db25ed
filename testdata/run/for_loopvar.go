// Go 1.22 loop variables: each iteration of a 3-clause for loop has its own copy of the variable.
package main

func main() {
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		ptrs[i] = &i
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	println(ptrs[0] != ptrs[1])
	var ps [3]*int
	for i := 0; i < 3; i++ {
		ps[i] = &i
		i++
		i--
	}
	*ps[0] = 100
	println(*ps[0], *ps[1], *ps[2])
	var last *int
	for j := 0; j < 5; j += 2 {
		if last != nil {
			println("previous", *last, "current", j)
		}
		last = &j
	}
}
