// An argument must be assignable to the parameter type.
package main

func half(f float64) float64 { return f / 2 }

func main() {
	n := 3
	println(half(n)) // ERROR "cannot use n \(variable of type int\) as float64 value in argument to half"
}
