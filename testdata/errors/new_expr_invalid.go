// new(expr) needs a single value that has a type: not nil, not a multi-value call, not a
// call without results, and an untyped constant must fit its default type.
package main

func two() (int, int) { return 1, 2 }

func main() {
	_ = new(nil)       // ERROR "use of untyped nil in argument to new"
	_ = new(two())     // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = new(println()) // ERROR "println\(\) \(no value\) used as value or type"
	_ = new(len)       // ERROR "len \(built-in\) must be called"
	_ = new(1 << 100)  // ERROR "cannot use 1 << 100 \(untyped int constant 1267650600228229401496703205376\) as int value in argument to new \(overflows\)"
	var s string = new(1) // ERROR "cannot use new\(1\) \(value of type \*int\) as string value in variable declaration"
	_ = s
}
