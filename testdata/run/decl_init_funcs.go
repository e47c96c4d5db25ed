// Several init functions run in source order, after all package variables are initialized.
package main

var counter = start()

func start() int {
	println("var counter")
	return 100
}

func init() {
	println("first init", counter)
	counter++
}

func main() {
	println("main", counter)
}

func init() {
	println("second init", counter)
	counter *= 2
}

var late = func2()

func func2() int {
	println("var late")
	return 7
}

func init() {
	println("third init", counter, late)
}
