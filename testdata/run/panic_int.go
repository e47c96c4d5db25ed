// panic(42) prints the integer value.
package main

func main() {
	panic(42)
}
