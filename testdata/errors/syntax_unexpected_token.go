// A token that cannot continue the statement.
package main

func main() {
	x := (1 + 2)) // ERROR "syntax error: unexpected \) at end of statement"
	println(x)
}
