// Range over an integer constant assigned to a variable: the constant must fit the variable's
// type, which must be an integer type.
package main

func main() {
	var i int8
	for i = range 300 { // ERROR "cannot use 300 \(untyped int constant\) as int8 value in range clause \(overflows\)"
	}
	var f float64
	for f = range 10 { // ERROR "cannot use iteration variable of type float64"
	}
	var s string
	for s = range 10 { // ERROR "cannot use 10 \(untyped int constant\) as string value in range clause"
	}
	var x int
	for x = range int8(3) { // ERROR "cannot use int8\(3\) \(constant 3 of type int8\) as int value in range clause"
	}
	_, _, _, _ = i, f, s, x
}
