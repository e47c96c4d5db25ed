// A value of one type cannot be assigned to a variable of another.
package main

func main() {
	var n int
	var s string = "x"
	n = s // ERROR "cannot use s \(variable of type string\) as int value in assignment"
	println(n)
}
