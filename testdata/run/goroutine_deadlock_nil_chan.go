// Receiving from a nil channel blocks forever: chan receive (nil chan).
package main

func main() {
	var c chan string
	println("about to block")
	println(<-c)
}
