// Returning fewer values than the function's results.
package main

func f() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func main() {
	println(f())
}
