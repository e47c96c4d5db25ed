// Recovering and then panicking with a new value prints the first panic with "[recovered]" and the new one.
package main

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic("while handling: " + r.(string))
		}
	}()
	panic("original")
}
