// panic with a value of a named integer type prints main.T(value).
package main

type Code int

func main() {
	panic(Code(5))
}
