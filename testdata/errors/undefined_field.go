// Selecting a field that the struct does not have.
package main

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	println(p.Z) // ERROR "p.Z undefined \(type P has no field or method Z\)"
}
