// Two cases of an expression switch with the same constant.
package main

func main() {
	x := 2
	switch x {
	case 1:
	case 2:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch\n\tLINE-2:7: previous case"
	}
}
