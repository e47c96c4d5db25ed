// Returning more values than the function's results.
package main

func f() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
}

func main() {
	println(f())
}
