// Assigning to an entry of a nil map panics (unrecovered) with "assignment to entry in nil map".
package main

var registry map[string]int

func register(name string) {
	registry[name] = len(name)
}

func main() {
	println("reading:", registry["a"])
	register("first")
	println("unreachable")
}
