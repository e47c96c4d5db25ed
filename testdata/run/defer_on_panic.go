// Deferred calls run while an unrecovered panic unwinds, innermost first, before the panic message.
package main

func level2() {
	defer println("level2 deferred")
	var m map[string]int
	m["x"] = 1
}

func level1() {
	defer println("level1 deferred")
	level2()
	println("not reached")
}

func main() {
	defer println("main deferred")
	level1()
}
