// A switch may have only one default clause.
package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults \(first at LINE-2:2\)"
	}
}
