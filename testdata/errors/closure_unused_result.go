// A function literal evaluated as a statement without being called is not used.
package main

func main() {
	func() {} // ERROR "func\(\) .. \(value of type func\(\)\) is not used"
}
