// panic with a float value prints it in println's shortest format.
package main

func main() {
	x := 2.5
	panic(x * 3)
}
