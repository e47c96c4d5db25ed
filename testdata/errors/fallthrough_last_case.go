// fallthrough cannot be used in the last clause of a switch.
package main

func main() {
	switch x := 1; x {
	case 1:
		println(1)
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
