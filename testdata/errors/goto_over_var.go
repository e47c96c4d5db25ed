// goto may not jump over a variable declaration into its scope.
package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at LINE+1:4$"
	x := 1
L:
	println(x)
}
