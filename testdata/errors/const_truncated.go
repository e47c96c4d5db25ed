// A float constant with a fraction cannot become an integer.
package main

func main() {
	var n int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	println(n)
}
