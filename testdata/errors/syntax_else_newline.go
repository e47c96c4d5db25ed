// else must be on the same line as the closing brace of the if block.
package main

func main() {
	x := 1
	if x > 0 {
		println(x)
	}
	else { // ERROR "syntax error: unexpected keyword else, expected }"
		println(-x)
	}
}
