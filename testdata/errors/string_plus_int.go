// A string and an int cannot be added.
package main

func main() {
	s := "n="
	n := 3
	println(s + n) // ERROR "invalid operation: s \+ n \(mismatched types string and int\)"
}
