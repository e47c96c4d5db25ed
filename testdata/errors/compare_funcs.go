// Functions can only be compared to nil.
package main

func f() {}
func g() {}

func main() {
	println(f == g) // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
}
