// continue is only allowed in a loop, even inside a switch.
package main

func main() {
	switch {
	default:
		continue // ERROR "continue is not in a loop"
	}
}
